package org.yiwang.cases.internal;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.TimeLight;
import org.yiwang.workflow.WorkingDayCalendar;

/**
 * The legal clock of a case, in working days (行政许可法): acceptance or a one-time correction
 * notice within 5 days of submission (art. 32); the decision within the promised limit, never more
 * than the statutory one (art. 42), extendable once by at most 10 days; special procedures do not
 * count (art. 45). Warnings: yellow when at most {@code warningDays} working days remain, red when over.
 */
@Component
class TimeLimits {

  static final int ACCEPTANCE_DAYS = 5;
  static final int MAX_EXTENSION_DAYS = 10;

  private final WorkingDayCalendar calendar;
  private final int warningDays;
  private final int correctionDays;

  TimeLimits(
      WorkingDayCalendar calendar,
      @Value("${yiwang.supervision.warning-days:2}") int warningDays,
      @Value("${yiwang.cases.correction-days:15}") int correctionDays) {
    this.calendar = calendar;
    this.warningDays = warningDays;
    this.correctionDays = correctionDays;
  }

  LocalDate acceptBy(LocalDate submitted) {
    return calendar.addWorkingDays(submitted, ACCEPTANCE_DAYS);
  }

  /** The promised limit, or the statutory one when the promise is missing or exceeds it. */
  LocalDate decideBy(LocalDate accepted, ItemContent item) {
    int days = item.promisedDays();
    if (item.statutoryDays() > 0 && (days <= 0 || days > item.statutoryDays())) {
      days = item.statutoryDays();
    }
    return calendar.addWorkingDays(accepted, Math.max(days, 0));
  }

  LocalDate correctBy(LocalDate requested) {
    return calendar.addWorkingDays(requested, correctionDays);
  }

  /** The limit moved on by the working days the clock stood still (art. 45). */
  LocalDate afterPause(LocalDate deadline, LocalDate stoppedSince, LocalDate restarted) {
    int paused = calendar.workingDaysBetween(stoppedSince, restarted);
    return calendar.addWorkingDays(deadline, Math.max(paused, 0));
  }

  LocalDate extended(LocalDate deadline, int days) {
    return calendar.addWorkingDays(deadline, days);
  }

  TimeLight light(CaseStatus status, LocalDate deadline, boolean clockStopped, LocalDate today) {
    if ((status != CaseStatus.SUBMITTED && status != CaseStatus.ACCEPTED) || deadline == null) {
      return TimeLight.NONE;
    }
    if (clockStopped) {
      return TimeLight.PAUSED;
    }
    if (today.isAfter(deadline)) {
      return TimeLight.RED;
    }
    return calendar.workingDaysBetween(today, deadline) <= warningDays ? TimeLight.YELLOW : TimeLight.GREEN;
  }

  /** The day from which a case with this deadline is warned (for finding candidates). */
  LocalDate warnFrom(LocalDate today) {
    return calendar.addWorkingDays(today, warningDays);
  }
}
