package org.yiwang.workflow.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditLog;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.workflow.CalendarNotice;
import org.yiwang.workflow.WorkingDayCalendar;

/**
 * The calendar kept in the database. Counting reads an in-memory copy, reloaded after an edit
 * here and at most a minute after an edit on another node.
 */
@Service
class JdbcWorkingDayCalendar implements WorkingDayCalendar {

  private static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final java.time.Clock clock;
  private volatile Loaded loaded;

  private record Loaded(List<CalendarNotice> notices, CalendarDays days, long loadedAt) {}

  JdbcWorkingDayCalendar(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  private Loaded loaded() {
    Loaded current = loaded;
    if (current == null || System.nanoTime() - current.loadedAt() > RELOAD_AFTER.toNanos()) {
      List<CalendarNotice> notices = load();
      current = new Loaded(notices, new CalendarDays(notices), System.nanoTime());
      loaded = current;
    }
    return current;
  }

  private List<CalendarNotice> load() {
    Map<Integer, List<CalendarNotice.Day>> days = new LinkedHashMap<>();
    jdbc.sql("select notice_year, on_date, kind, name from calendar_day order by on_date")
        .query(
            rs -> {
              days.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>())
                  .add(new CalendarNotice.Day(rs.getObject(2, LocalDate.class), CalendarNotice.Kind.valueOf(rs.getString(3)), rs.getString(4)));
            });
    return jdbc.sql("select notice_year, title, published_on, source from calendar_notice order by notice_year")
        .query(
            (rs, n) ->
                new CalendarNotice(
                    rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                    days.getOrDefault(rs.getInt(1), List.of())))
        .list();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return loaded().days().isWorkingDay(date);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate start, int days) {
    return loaded().days().addWorkingDays(start, days);
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return loaded().days().workingDaysBetween(from, to);
  }

  @Override
  public List<CalendarNotice> notices() {
    return loaded().notices();
  }

  @Override
  public Optional<CalendarNotice> notice(int year) {
    return notices().stream().filter(n -> n.year() == year).findFirst();
  }

  @Override
  public List<Integer> unannouncedYears(LocalDate today) {
    CalendarDays days = loaded().days();
    List<Integer> years = new ArrayList<>();
    for (int year : new int[] {today.getYear(), today.getYear() + 1}) {
      if (!days.announced(year)) {
        years.add(year);
      }
    }
    return years;
  }

  @Override
  public List<Violation> problems(CalendarNotice notice) {
    List<Violation> violations = new ArrayList<>(NoticeRules.check(notice, LocalDate.now(clock)));
    if (!violations.isEmpty()) {
      return violations;
    }
    // a date already belongs to another year's notice (e.g. 31 Dec in next year's New Year)
    Map<LocalDate, Integer> owners = new java.util.HashMap<>();
    for (CalendarNotice other : notices()) {
      if (other.year() != notice.year()) {
        other.days().forEach(d -> owners.put(d.date(), other.year()));
      }
    }
    for (int i = 0; i < notice.days().size(); i++) {
      LocalDate date = notice.days().get(i).date();
      if (owners.containsKey(date)) {
        violations.add(new Violation("days", "calendar.day.otherYear", i + 1, date, owners.get(date)));
      }
    }
    return violations;
  }

  @Override
  @Transactional
  public void saveNotice(CalendarNotice notice, String by) {
    List<Violation> violations = problems(notice);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(400, violations);
    }
    insert(notice, by);
    audit.record(by, "CALENDAR_NOTICE_SAVED", "calendar:" + notice.year(), notice.title());
  }

  /** Writes a notice, replacing any earlier one of the same year. */
  void insert(CalendarNotice notice, String by) {
    jdbc.sql("delete from calendar_day where notice_year = ?").param(notice.year()).update();
    jdbc.sql("delete from calendar_notice where notice_year = ?").param(notice.year()).update();
    jdbc.sql(
            "insert into calendar_notice (notice_year, title, published_on, source, entered_by, entered_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(notice.year(), notice.title(), notice.publishedOn(), notice.source(), by, OffsetDateTime.now())
        .update();
    for (CalendarNotice.Day day : notice.days()) {
      jdbc.sql("insert into calendar_day (on_date, notice_year, kind, name) values (?, ?, ?, ?)")
          .params(day.date(), notice.year(), day.kind().name(), day.name())
          .update();
    }
    forgetAfterCommit();
  }

  /** Reload only once the change is committed, so no reader caches what might be rolled back. */
  private void forgetAfterCommit() {
    loaded = null;
    if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
          new org.springframework.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              loaded = null;
            }
          });
    }
  }

  Set<Integer> storedYears() {
    return new HashSet<>(jdbc.sql("select notice_year from calendar_notice").query(Integer.class).list());
  }
}
