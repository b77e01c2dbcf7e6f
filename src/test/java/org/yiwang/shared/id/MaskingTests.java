package org.yiwang.shared.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

  @Test
  void keepsOnlyTheFirstAndLastFourCharactersOfAnIdNumber() {
    assertThat(Masking.idNumber("210802198503120023")).isEqualTo("2108**********0023");
    assertThat(Masking.idNumber("91350100M000100Y43")).isEqualTo("9135**********0Y43");
    assertThat(Masking.idNumber("1234567")).isEqualTo("*******");
    assertThat(Masking.idNumber(null)).isNull();
  }

  @Test
  void keepsTheSurnameOfAName() {
    assertThat(Masking.personName("王丽")).isEqualTo("王*");
    assertThat(Masking.personName("欧阳娜娜")).isEqualTo("欧***");
  }
}
