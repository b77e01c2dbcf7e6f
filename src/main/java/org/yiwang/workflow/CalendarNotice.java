package org.yiwang.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's State Council notice (国务院办公厅关于2026年部分节假日安排的通知, one a year): the days off (which
 * include the weekends inside a holiday) and the weekend days made working days (调休上班).
 */
public record CalendarNotice(int year, String title, LocalDate publishedOn, String source, List<Day> days) {

  public enum Kind {
    HOLIDAY,
    WORKDAY
  }

  public record Day(LocalDate date, Kind kind, String name) {}

  public CalendarNotice {
    days = days == null ? List.of() : List.copyOf(days);
  }
}
