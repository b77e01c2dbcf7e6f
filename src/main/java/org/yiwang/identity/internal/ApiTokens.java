package org.yiwang.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for API clients. Only a token's SHA-256 is stored, so a copy of the
 * database cannot be used to call the API; tokens live in the database so any node accepts them.
 */
@Component
public class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final IdentityProperties properties;

  ApiTokens(JdbcClient jdbc, IdentityProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  public record Issued(String token, long expiresIn) {}

  @Transactional
  public Issued issue(String username) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql(
            "insert into api_token (token_hash, username, expires_at, created_at) values (?, ?, ?, ?)")
        .params(hash(token), username, now.plus(properties.tokenValidity()), now)
        .update();
    return new Issued(token, properties.tokenValidity().toSeconds());
  }

  /**
   * Deletes the expired tokens, found by their expiry's index (V31). A round of its own, not part of
   * each sign-in: a sign-in then writes one row, and concurrent sign-ins do not wait on each other's
   * deletes. An expired token still in the table is refused by {@link #holderOf}. Safe on several nodes.
   */
  @Scheduled(initialDelay = 60_000, fixedDelay = 600_000)
  @Transactional
  public int removeExpired() {
    return jdbc.sql("delete from api_token where expires_at < ?").param(OffsetDateTime.now()).update();
  }

  /** Whose a valid token is, and until when. */
  record Holder(String username, OffsetDateTime expiresAt) {}

  /** The holder of a valid, unexpired token. */
  Optional<Holder> holderOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select username, expires_at from api_token where token_hash = ? and expires_at > ?")
        .params(hash(token), OffsetDateTime.now())
        .query((rs, n) -> new Holder(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
        .optional();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
