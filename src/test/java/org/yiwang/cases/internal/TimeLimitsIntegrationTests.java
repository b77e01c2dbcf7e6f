package org.yiwang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.support.CaseFixtures;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.TimeLight;
import org.yiwang.notification.MessageBox;
import org.yiwang.shared.db.Dialect;
import org.yiwang.support.ApiClient;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.workflow.WorkingDayCalendar;

/** The legal clock on the real calendar, its lights, and e-supervision's warnings. */
@IntegrationTest
class TimeLimitsIntegrationTests extends DatabaseProperties {

  @Autowired TimeLimits limits;
  @Autowired WorkingDayCalendar calendar;
  @Autowired DeadlineWatch watch;
  @Autowired JdbcTemplate jdbc;
  @Autowired MessageBox messages;
  @Autowired ApplicationCases cases;
  @Autowired Dialect dialect;
  @Autowired TransactionTemplate transactions;
  @LocalServerPort int port;

  @Test
  void aCaseSubmittedBeforeNationalDayIsAcceptedAfterTheHoliday() {
    // 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked
    assertThat(limits.acceptBy(LocalDate.of(2025, 9, 29))).isEqualTo(LocalDate.of(2025, 10, 13));
    // from Friday 26 September: Sunday 28, 29, 30 September, then 9 and 10 October
    assertThat(limits.acceptBy(LocalDate.of(2025, 9, 26))).isEqualTo(LocalDate.of(2025, 10, 10));
    // Spring Festival 2026: 15–23 February off, 14 and 28 February worked
    // from Thursday 12 February: 13, Saturday 14 (worked), then 24, 25, 26 February
    assertThat(limits.acceptBy(LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void deadlinesNeverFallOnADayOffWhateverTheClockStops() {
    var random = new Random(20261127);
    for (int i = 0; i < 5_000; i++) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365 * 7));
      LocalDate accept = limits.acceptBy(start);
      LocalDate stopped = start.plusDays(random.nextInt(30));
      LocalDate restarted = stopped.plusDays(random.nextInt(40));
      LocalDate moved = limits.afterPause(accept, stopped, restarted);
      assertThat(calendar.isWorkingDay(accept)).as("accept by %s from %s", accept, start).isTrue();
      assertThat(calendar.isWorkingDay(moved)).as("moved to %s", moved).isTrue();
      assertThat(calendar.workingDaysBetween(accept, moved)).isEqualTo(calendar.workingDaysBetween(stopped, restarted));
      assertThat(calendar.isWorkingDay(limits.extended(moved, 1 + random.nextInt(10)))).isTrue();
    }
  }

  @Test
  void lightsTurnYellowNearTheLimitRedAfterItAndStopWithTheClock() {
    LocalDate today = LocalDate.of(2026, 11, 27); // a Friday
    assertThat(limits.light(CaseStatus.ACCEPTED, calendar.addWorkingDays(today, 10), false, today)).isEqualTo(TimeLight.GREEN);
    assertThat(limits.light(CaseStatus.ACCEPTED, calendar.addWorkingDays(today, 2), false, today)).isEqualTo(TimeLight.YELLOW);
    assertThat(limits.light(CaseStatus.ACCEPTED, today, false, today)).isEqualTo(TimeLight.YELLOW);
    assertThat(limits.light(CaseStatus.ACCEPTED, today.minusDays(1), false, today)).isEqualTo(TimeLight.RED);
    assertThat(limits.light(CaseStatus.ACCEPTED, today.minusDays(1), true, today)).isEqualTo(TimeLight.PAUSED);
    assertThat(limits.light(CaseStatus.CORRECTION_REQUESTED, today.minusDays(1), false, today)).isEqualTo(TimeLight.NONE);
    assertThat(limits.light(CaseStatus.COMPLETED, today.minusDays(1), false, today)).isEqualTo(TimeLight.NONE);
  }

  /** A citizen's food licence application, submitted, three days past its acceptance limit. */
  private String submittedPastItsLimit(ApiClient api) {
    String id =
        api.post("citizen", "/api/v1/cases",
                "{\"itemCode\":\"210800-SCJGJ-XK-0001\",\"situationCode\":\"new\",\"form\":%s}".formatted(CaseFixtures.foodForm()))
            .string("$.id");
    for (String m : new String[] {"m1", "m2", "m3", "m4", "m5", "m6"}) {
      api.upload("citizen", "/api/v1/cases/" + id + "/materials", java.util.Map.of("materialCode", m), m + ".pdf", CaseFixtures.pdf(m));
    }
    assertThat(api.post("citizen", "/api/v1/cases/" + id + "/submit", null).status()).isEqualTo(200);
    jdbc.update("update application_case set accept_deadline = ? where id = ?", LocalDate.now().minusDays(3), id);
    return id;
  }

  @Test
  void aCaseOverItsLimitIsWarnedOnceToTheDepartmentsSupervisorsAndListed() {
    var api = new ApiClient(port);
    String id = submittedPastItsLimit(api);
    String number = api.get("citizen", "/api/v1/cases/" + id).string("$.number");

    long before = messages.unread("scjgj.supervisor");
    watch.check();
    watch.check();
    assertThat(jdbc.queryForObject("select warning_level from application_case where id = ?", String.class, id)).isEqualTo("RED");
    // the warning's message is written with the warning, in its transaction
    assertThat(messages.unread("scjgj.supervisor")).isEqualTo(before + 1);
    watch.check();
    assertThat(messages.unread("scjgj.supervisor")).as("warned once").isEqualTo(before + 1);
    assertThat(messages.latest("scjgj.supervisor", 1).get(0).title()).contains("红灯", number);

    var warned = api.get("scjgj.supervisor", "/api/v1/supervision/warnings");
    assertThat(warned.status()).isEqualTo(200);
    java.util.List<String> ids = warned.json("$[?(@.light == 'RED')].id");
    assertThat(ids).contains(id);
    java.util.List<String> elsewhere = api.get("gjj.supervisor", "/api/v1/supervision/warnings").json("$[*].id");
    assertThat(elsewhere).doesNotContain(id);
    assertThat(api.get("citizen", "/api/v1/supervision/warnings").status()).isEqualTo(403);
  }

  /**
   * E-supervision's look-up runs every few minutes over all cases ever made (a million in a
   * province). On PostgreSQL it reads the open cases' two partial indexes (V26) and never the whole
   * table: with sequential scans priced out and a generic plan forced (the plan a prepared statement
   * gets after its first runs, made without the values bound), the query as Hibernate renders it must
   * still use both, which it cannot if a status is bound as a parameter instead of the literal the
   * indexes are defined on.
   */
  @Test
  void eSupervisionReadsTheOpenCasesFromTheirIndexesNotTheWholeTable() {
    String id = submittedPastItsLimit(new ApiClient(port));
    boolean postgres = dialect.postgres();
    try {
      transactions.executeWithoutResult(status -> {
        if (postgres) {
          jdbc.execute("set local enable_seqscan = off");
          jdbc.execute("set local plan_cache_mode = force_generic_plan");
        }
        long[] before = postgres ? scans() : null;
        var found = cases.openWithDeadlineBy(LocalDate.now());
        assertThat(found).extracting(ApplicationCase::id).contains(id);
        if (postgres) {
          long[] after = scans();
          assertThat(after[0] - before[0]).as("sequential scans of application_case").isZero();
          assertThat(after[1] - before[1]).as("scans of the submitted cases' deadline index").isPositive();
          assertThat(after[2] - before[2]).as("scans of the accepted cases' deadline index").isPositive();
        }
      });
    } finally {
      // no overdue case left for the other tests' supervisors
      jdbc.update("update application_case set accept_deadline = ? where id = ?", LocalDate.now().plusDays(30), id);
    }
  }

  /** This transaction's sequential scans of the cases' table and scans of its two deadline indexes so far. */
  private long[] scans() {
    return jdbc.queryForObject(
        "select (select seq_scan from pg_stat_xact_user_tables where relname = 'application_case'),"
            + " pg_stat_get_xact_numscans('application_case_submitted_deadline'::regclass),"
            + " pg_stat_get_xact_numscans('application_case_accepted_deadline'::regclass)",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
  }
}
