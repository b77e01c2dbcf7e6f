package org.yiwang.shared.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

  @ParameterizedTest
  // the GB 11643 worked example, one ending in X, and a lower-case x
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524188001010014", "210802198503120023"})
  void acceptsNumbersWithTheRightCheckCharacter(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "110105194912310021", // wrong check digit
    "11010519491331002X", // month 13
    "11010519490230002X", // 30 February
    "21080220991231001X", // born in the future
    "11010519491231002", // 17 characters
    "1101051949123100211", // 19 characters
    "11010519491231002Y", // not a check character
    "ABCDEFGHIJKLMNOPQR",
    ""
  })
  void refusesMalformedOrWrongNumbers(String id) {
    assertThat(ResidentIdNumber.isValid(id)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(ResidentIdNumber.isValid(null)).isFalse();
  }

  @Test
  void computesTheCheckCharacter() {
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
  }
}
