package org.yiwang.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yiwang.workflow.CalendarNotice;
import tools.jackson.databind.json.JsonMapper;

/** Working days over the real State Council notices shipped with the platform. */
class CalendarDaysTests {

  private static final List<CalendarNotice> NOTICES = StateCouncilNotices.read(JsonMapper.builder().build());
  private final CalendarDays calendar = new CalendarDays(NOTICES);

  @Test
  void everyYearFrom2020To2026IsAnnouncedAnd2027IsNot() {
    for (int year = 2020; year <= 2026; year++) {
      assertThat(calendar.announced(year)).as("%d", year).isTrue();
    }
    assertThat(calendar.announced(2027)).isFalse();
  }

  @Test
  void aCaseSubmittedBeforeTheNationalDayHolidayOf2025() {
    // Fri 26 Sep 2025: Sun 28 Sep is an adjusted working day, 1–8 Oct are off, Sat 11 Oct works
    LocalDate submitted = LocalDate.of(2025, 9, 26);
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.addWorkingDays(submitted, 5)).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(calendar.addWorkingDays(submitted, 6)).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(calendar.addWorkingDays(submitted, 20)).isEqualTo(LocalDate.of(2025, 10, 30));
  }

  @Test
  void theSpringFestivalOf2026() {
    // Fri 13 Feb 2026: Sat 14 Feb works, 15–23 Feb are off, Sat 28 Feb works
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 6)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theExtendedSpringFestivalOf2020() {
    // the State Council extended the holiday to 2 Feb 2020; 1 Feb was no longer worked
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 19))).isTrue();
  }

  @Test
  void theNewYearOf2023BeganOnTheLastDayOf2022() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 28))).isTrue();
  }

  @Test
  void anUnannouncedYearCountsWeekendsOnly() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // a Friday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 5)).isEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void zeroDaysIsTheSameDayAndNegativeOrAbsurdLimitsAreRefused() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 3), 0)).isEqualTo(LocalDate.of(2025, 10, 3));
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 1), 100_000)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Property: whatever the start and the limit, a deadline is a working day, exactly that many working days on. */
  @Test
  void deadlinesNeverLandOnANonWorkingDay() {
    var random = new Random(32);
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 20_000; i++) {
      LocalDate start = first.plusDays(random.nextInt(365 * 8));
      int days = 1 + random.nextInt(60);
      LocalDate deadline = calendar.addWorkingDays(start, days);
      assertThat(calendar.isWorkingDay(deadline)).as("%s + %d = %s", start, days, deadline).isTrue();
      assertThat(calendar.workingDaysBetween(start, deadline)).isEqualTo(days);
      assertThat(calendar.workingDaysBetween(start, deadline.minusDays(1))).isEqualTo(days - 1);
    }
  }

  @Test
  void theShippedNoticesPassTheirOwnRules() {
    for (CalendarNotice notice : NOTICES) {
      assertThat(NoticeRules.check(notice, LocalDate.of(2026, 11, 27))).as("%d", notice.year()).isEmpty();
    }
  }

  @Test
  void aWorkdayOnAWeekdayOrARepeatedDateIsRefused() {
    var notice =
        new CalendarNotice(2027, "国务院办公厅关于2027年部分节假日安排的通知", LocalDate.of(2026, 11, 1), "中国政府网",
            List.of(
                new CalendarNotice.Day(LocalDate.of(2027, 1, 1), CalendarNotice.Kind.HOLIDAY, "元旦"),
                new CalendarNotice.Day(LocalDate.of(2027, 1, 1), CalendarNotice.Kind.HOLIDAY, "元旦"),
                new CalendarNotice.Day(LocalDate.of(2027, 1, 5), CalendarNotice.Kind.WORKDAY, "调休")));
    assertThat(NoticeRules.check(notice, LocalDate.of(2026, 11, 27)))
        .extracting(v -> v.messageCode())
        .containsExactly("calendar.day.duplicate", "calendar.day.workdayNotWeekend");
  }
}
