package org.yiwang.shared.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTests {

  @ParameterizedTest
  // published codes of real companies and the GB 32100 sample
  @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91110108551385082Q", "9144030071526726XG"})
  void acceptsCodesWithTheRightCheckCharacters(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "91350100M000100Y44", // final check wrong
    "91350100M000100Y4", // 17 characters
    "91350100M000100I43", // I is not in the code set
    "9135O100M000100Y43", // O in the area code
    "91350100M000100Z43",
    "",
  })
  void refusesWrongCodes(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }

  @Test
  void completesACodeFromItsFirstSixteenCharacters() {
    String code = UnifiedSocialCreditCode.complete("91210800MA0YK123");
    assertThat(code).hasSize(18).startsWith("91210800MA0YK123");
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }
}
