package org.yiwang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

  @Test
  void acceptsALongPasswordOfThreeKinds() {
    assertThat(PasswordPolicy.check("Yiwang@2026", "citizen")).isEmpty();
    assertThat(PasswordPolicy.check("lower-case-1", "citizen")).isEmpty();
  }

  @Test
  void refusesShortPasswords() {
    assertThat(PasswordPolicy.check("Ab1@", "citizen")).containsExactly("identity.password.length");
  }

  @Test
  void refusesPasswordsOfTooFewKinds() {
    assertThat(PasswordPolicy.check("abcdefghij", "citizen")).containsExactly("identity.password.classes");
    assertThat(PasswordPolicy.check("12345678", "citizen")).containsExactly("identity.password.classes");
  }

  @Test
  void refusesPasswordsContainingTheUsername() {
    assertThat(PasswordPolicy.check("Citizen@2026", "citizen")).containsExactly("identity.password.username");
  }
}
