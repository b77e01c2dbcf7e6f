package org.yiwang.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Working days as the law counts them: Monday to Friday, less the public holidays, plus the
 * adjusted working days, by the State Council's notice for each year. A year with no notice yet
 * counts weekends only, and is reported so the platform administrator enters the notice when it is
 * published: the calendar never invents a year.
 */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate date);

  /**
   * The day a limit of {@code days} working days ends, counting from the day after {@code start}
   * (行政许可法 art. 32: "自收到申请之日起五日内"). Zero days is the same day.
   */
  LocalDate addWorkingDays(LocalDate start, int days);

  /** Working days after {@code from} up to and including {@code to}. */
  int workingDaysBetween(LocalDate from, LocalDate to);

  List<CalendarNotice> notices();

  Optional<CalendarNotice> notice(int year);

  /** This year and the next, where no notice has been entered (the calendar counts weekends only). */
  List<Integer> unannouncedYears(LocalDate today);

  /** What is wrong with a notice, as field messages; empty when it may be saved. */
  List<org.yiwang.shared.BusinessRuleException.Violation> problems(CalendarNotice notice);

  /** Enters or replaces a year's notice (platform administrator); refused with field messages when wrong. */
  void saveNotice(CalendarNotice notice, String by);
}
