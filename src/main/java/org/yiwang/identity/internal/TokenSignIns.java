package org.yiwang.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens resolved to their account. An API client sends its requests in a row, and each
 * read its token and its account again (three transactions before any work), so a node keeps a
 * resolved token for {@code yiwang.security.token-cache} (10 s): an account locked meanwhile is
 * refused that much later on API calls; a token's own expiry stays exact. Keyed by the token's
 * hash, so the heap holds no usable token; unknown tokens are not kept.
 */
@Component
class TokenSignIns {

  private record Resolved(SignedInAccount account, OffsetDateTime expiresAt) {}

  private final ApiTokens tokens;
  private final AccountRepository accounts;
  private final TransactionTemplate reading;
  private final Cache<String, Resolved> resolved;

  TokenSignIns(ApiTokens tokens, AccountRepository accounts, IdentityProperties properties, PlatformTransactionManager transactions) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.resolved = Caffeine.newBuilder().expireAfterWrite(properties.tokenCache()).maximumSize(100_000).build();
  }

  /** The account a valid token signs in, locked or not. */
  Optional<SignedInAccount> account(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String key = ApiTokens.hash(token);
    Resolved known = resolved.getIfPresent(key);
    if (known == null) {
      known = reading.execute(status -> tokens.holderOf(token)
          .flatMap(holder -> accounts.findByUsername(holder.username())
              .map(a -> new Resolved(a.asPrincipal(), holder.expiresAt())))
          .orElse(null));
      if (known == null) {
        return Optional.empty();
      }
      resolved.put(key, known);
    }
    if (!known.expiresAt().isAfter(OffsetDateTime.now())) {
      resolved.invalidate(key);
      return Optional.empty();
    }
    return Optional.of(known.account());
  }
}
