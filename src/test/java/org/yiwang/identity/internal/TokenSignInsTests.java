package org.yiwang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Role;

/** A resolved token is kept for a few seconds, never past its own expiry; unknown tokens are not kept. */
class TokenSignInsTests {

  private final ApiTokens tokens = mock(ApiTokens.class);
  private final AccountRepository accounts = mock(AccountRepository.class);
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
  private final TokenSignIns signIns;

  TokenSignInsTests() {
    when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
    when(accounts.findByUsername("citizen")).thenReturn(Optional.of(
        new Account("citizen", "{noop}x", AccountType.PERSON, "王小营", "210802199001010023", "13800000000", null, Set.of(Role.APPLICANT))));
    signIns = new TokenSignIns(tokens, accounts, new IdentityProperties(null, null, Duration.ofSeconds(10)), transactions);
  }

  @Test
  void aTokenIsReadOnceThenAnsweredFromMemoryWithItsAccount() {
    when(tokens.holderOf("t1")).thenReturn(Optional.of(new ApiTokens.Holder("citizen", OffsetDateTime.now().plusHours(1))));
    for (int i = 0; i < 3; i++) {
      var account = signIns.account("t1").orElseThrow();
      assertThat(account.getUsername()).isEqualTo("citizen");
      assertThat(account.view().idNumberMasked()).isEqualTo("2108**********0023");
      assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_APPLICANT");
      assertThat(account.getPassword()).isEmpty();
    }
    verify(tokens, times(1)).holderOf("t1");
  }

  @Test
  void aKeptTokenIsRefusedOnceItExpires() throws Exception {
    when(tokens.holderOf("t2")).thenReturn(Optional.of(new ApiTokens.Holder("citizen", OffsetDateTime.now().plusNanos(300_000_000))));
    assertThat(signIns.account("t2")).isPresent();
    Thread.sleep(400);
    assertThat(signIns.account("t2")).isEmpty();
  }

  @Test
  void unknownTokensAreAskedForEachTime() {
    when(tokens.holderOf("nope")).thenReturn(Optional.empty());
    assertThat(signIns.account("nope")).isEmpty();
    assertThat(signIns.account("nope")).isEmpty();
    assertThat(signIns.account("x".repeat(101))).isEmpty();
    verify(tokens, times(2)).holderOf("nope");
  }
}
