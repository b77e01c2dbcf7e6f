package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonNamesTests {

  @Test
  void aShortFormIsWrittenOutInsideTheQuery() {
    assertThat(CommonNames.writtenOut("社保转移")).containsExactly("社会保险转移");
    assertThat(CommonNames.writtenOut("异地医保")).containsExactlyInAnyOrder("异地医疗保险", "异地医疗保障");
  }

  @Test
  void aQueryWithoutShortFormsHasNoOtherForm() {
    assertThat(CommonNames.writtenOut("营业执照")).isEmpty();
    assertThat(CommonNames.writtenOut("")).isEmpty();
  }

  @Test
  void everyShortFormOfAQueryIsWrittenOutInEachForm() {
    assertThat(CommonNames.writtenOut("社保 医保 驾照"))
        .containsExactlyInAnyOrder("社会保险 医疗保险 驾驶证", "社会保险 医疗保障 驾驶证");
  }
}
