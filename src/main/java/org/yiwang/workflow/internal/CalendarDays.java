package org.yiwang.workflow.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yiwang.workflow.CalendarNotice;

/** The arithmetic of working days over a set of notices; immutable, so it is shared freely. */
final class CalendarDays {

  /** No limit in the law is longer than this: a guard against runaway loops on bad input. */
  static final int MAX_DAYS = 3650;

  private final Map<LocalDate, CalendarNotice.Kind> exceptions = new HashMap<>();
  private final Set<Integer> announcedYears = new HashSet<>();

  CalendarDays(Collection<CalendarNotice> notices) {
    for (CalendarNotice notice : notices) {
      announcedYears.add(notice.year());
      for (CalendarNotice.Day day : notice.days()) {
        exceptions.put(day.date(), day.kind());
      }
    }
  }

  boolean announced(int year) {
    return announcedYears.contains(year);
  }

  boolean isWorkingDay(LocalDate date) {
    CalendarNotice.Kind kind = exceptions.get(date);
    if (kind != null) {
      return kind == CalendarNotice.Kind.WORKDAY;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("working days out of range: " + days);
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
