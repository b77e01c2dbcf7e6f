package org.yiwang.workflow.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.workflow.CalendarNotice;

/** What a year's notice must look like before it changes how every deadline is counted. */
final class NoticeRules {

  private NoticeRules() {}

  static List<Violation> check(CalendarNotice notice, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    if (notice.year() < 2000 || notice.year() > today.getYear() + 2) {
      violations.add(new Violation("year", "calendar.year.range", today.getYear() + 2));
      return violations;
    }
    if (notice.title() == null || notice.title().isBlank() || notice.title().length() > 300) {
      violations.add(new Violation("title", "calendar.title.required"));
    }
    if (notice.source() == null || notice.source().isBlank() || notice.source().length() > 300) {
      violations.add(new Violation("source", "calendar.source.required"));
    }
    if (notice.publishedOn() == null || notice.publishedOn().isAfter(today)) {
      violations.add(new Violation("publishedOn", "calendar.published.invalid"));
    }
    if (notice.days().stream().noneMatch(d -> d.kind() == CalendarNotice.Kind.HOLIDAY)) {
      violations.add(new Violation("days", "calendar.days.none"));
    }
    Set<LocalDate> seen = new HashSet<>();
    LocalDate first = LocalDate.of(notice.year() - 1, 12, 1);
    LocalDate last = LocalDate.of(notice.year(), 12, 31);
    for (int i = 0; i < notice.days().size(); i++) {
      CalendarNotice.Day day = notice.days().get(i);
      int line = i + 1;
      if (day.date().isBefore(first) || day.date().isAfter(last)) {
        violations.add(new Violation("days", "calendar.day.outside", line, day.date()));
      } else if (!seen.add(day.date())) {
        violations.add(new Violation("days", "calendar.day.duplicate", line, day.date()));
      } else if (day.kind() == CalendarNotice.Kind.WORKDAY
          && day.date().getDayOfWeek() != DayOfWeek.SATURDAY
          && day.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
        violations.add(new Violation("days", "calendar.day.workdayNotWeekend", line, day.date()));
      }
    }
    return violations;
  }
}
