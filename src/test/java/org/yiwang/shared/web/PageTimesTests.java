package org.yiwang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageTimesTests {

  private final PageTimes times = new PageTimes();

  @Test
  void anInstantIsShownInChinasTimeWhateverOffsetItCameIn() {
    var utc = OffsetDateTime.of(2026, 12, 7, 16, 10, 0, 0, ZoneOffset.UTC);
    assertThat(times.format(utc, "yyyy-MM-dd HH:mm")).isEqualTo("2026-12-08 00:10");
    assertThat(times.format(utc.atZoneSameInstant(ZoneId.of("Europe/Berlin")), "yyyy-MM-dd HH:mm")).isEqualTo("2026-12-08 00:10");
    assertThat(times.format(utc.toInstant(), "HH:mm")).isEqualTo("00:10");
    assertThat(times.format(utc.withOffsetSameInstant(ZoneOffset.ofHours(8)), "yyyy-MM-dd HH:mm")).isEqualTo("2026-12-08 00:10");
  }

  @Test
  void aDateIsShownAsItIsAndNothingAsNothing() {
    assertThat(times.format(LocalDate.of(2026, 12, 7), "yyyy-MM-dd")).isEqualTo("2026-12-07");
    assertThat(times.format(null, "yyyy-MM-dd")).isNull();
    assertThat(times.format(Instant.EPOCH, "yyyy-MM-dd HH:mm")).isEqualTo("1970-01-01 08:00");
  }
}
