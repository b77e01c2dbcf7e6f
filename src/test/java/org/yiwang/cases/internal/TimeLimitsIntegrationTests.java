package org.yiwang.cases.internal;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
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
    jdbc.update("update application_case set accept_deadline = ? where id = ?", LocalDate.now(TimeConfiguration.CHINA).minusDays(3), id);
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
   * E-supervision's round runs every few minutes over all cases ever made (a million in a province),
   * and its page over a department's. On PostgreSQL both read the open cases' two partial indexes
   * (V30) and never the whole table: with sequential scans priced out and a generic plan forced (the
   * plan a prepared statement gets after its first runs, made without the values bound), the queries
   * as Hibernate renders them must still use both, which they cannot if a status is bound as a
   * parameter instead of the literal the indexes are defined on.
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
        Map<String, java.util.function.Supplier<List<String>>> reads = Map.of(
            "the round", () -> cases.toWarn(LocalDate.now(TimeConfiguration.CHINA), LocalDate.now(TimeConfiguration.CHINA)),
            "the page", () -> cases.nearLimitIn("scjgj", LocalDate.now(TimeConfiguration.CHINA), PageRequest.of(0, 50)).map(ApplicationCase::id).getContent());
        reads.forEach((what, read) -> {
          long[] before = postgres ? scans() : null;
          assertThat(read.get()).as(what).contains(id);
          if (postgres) {
            long[] after = scans();
            assertThat(after[0] - before[0]).as(what + ": sequential scans of application_case").isZero();
            assertThat(after[1] - before[1]).as(what + ": scans of the submitted cases' deadline index").isPositive();
            assertThat(after[2] - before[2]).as(what + ": scans of the accepted cases' deadline index").isPositive();
          }
        });
      });
    } finally {
      // no overdue case left for the other tests' supervisors
      jdbc.update("update application_case set accept_deadline = ? where id = ?", LocalDate.now(TimeConfiguration.CHINA).plusDays(30), id);
    }
  }

  @Test
  void aRoundReadsOnlyTheCasesNotYetWarnedAtTheLevelTheyHaveReached() {
    String id = submittedPastItsLimit(new ApiClient(port));
    LocalDate today = LocalDate.now(TimeConfiguration.CHINA);
    LocalDate by = limits.warnFrom(today);
    try {
      assertThat(cases.toWarn(by, today)).as("over its limit, never warned").contains(id);
      set(id, "warning_level = 'YELLOW'");
      assertThat(cases.toWarn(by, today)).as("warned yellow, now over its limit").contains(id);
      set(id, "warning_level = 'RED'");
      assertThat(cases.toWarn(by, today)).as("warned red").doesNotContain(id);

      jdbc.update("update application_case set accept_deadline = ?, warning_level = 'YELLOW' where id = ?", today, id);
      assertThat(cases.toWarn(by, today)).as("near its limit, warned yellow").doesNotContain(id);
      set(id, "warning_level = null");
      assertThat(cases.toWarn(by, today)).as("near its limit, never warned").contains(id);
      jdbc.update("update application_case set clock_stopped_since = ? where id = ?", today, id);
      assertThat(cases.toWarn(by, today)).as("its clock stopped").doesNotContain(id);
      set(id, "clock_stopped_since = null");
      jdbc.update("update application_case set accept_deadline = ? where id = ?", calendar.addWorkingDays(by, 1), id);
      assertThat(cases.toWarn(by, today)).as("its limit further off").doesNotContain(id);

      // accepted: its decision's limit counts, the acceptance's no longer
      jdbc.update("update application_case set status = 'ACCEPTED', accept_deadline = ?, decision_deadline = ? where id = ?",
          today.minusDays(10), calendar.addWorkingDays(by, 1), id);
      assertThat(cases.toWarn(by, today)).as("accepted, its decision's limit further off").doesNotContain(id);
      jdbc.update("update application_case set decision_deadline = ? where id = ?", today.minusDays(1), id);
      assertThat(cases.toWarn(by, today)).as("accepted, over its decision's limit").contains(id);
      set(id, "warning_level = 'YELLOW'");
      assertThat(cases.toWarn(by, today)).as("accepted, warned yellow, now over").contains(id);
      set(id, "warning_level = 'RED'");
      assertThat(cases.toWarn(by, today)).as("accepted, warned red").doesNotContain(id);
    } finally {
      jdbc.update("update application_case set status = 'SUBMITTED', accept_deadline = ?, decision_deadline = null, warning_level = null where id = ?",
          today.plusDays(30), id);
    }
  }

  @Test
  void theWarningsListTheNearestLimitFirstAPageAtATimeEachToItsOwnDepartment() throws Exception {
    var api = new ApiClient(port);
    LocalDate today = LocalDate.now(TimeConfiguration.CHINA);
    List<String> mine = new ArrayList<>();
    // over their limit by five days and by one, near it (today), and one over it with its clock stopped
    LocalDate[] deadlines = {today.minusDays(1), today, today.minusDays(5), today.minusDays(4)};
    for (LocalDate deadline : deadlines) {
      String id = submittedPastItsLimit(api);
      jdbc.update("update application_case set accept_deadline = ? where id = ?", deadline, id);
      mine.add(id);
    }
    jdbc.update("update application_case set clock_stopped_since = ? where id = ?", today, mine.get(3));
    try {
      List<String> listed = new ArrayList<>();
      List<String> deadlinesListed = new ArrayList<>();
      for (int page = 0; page < 100; page++) {
        var response = api.get("scjgj.supervisor", "/api/v1/supervision/warnings?size=2&page=" + page);
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = response.json("$[*].id");
        assertThat(ids).hasSizeLessThanOrEqualTo(2);
        if (ids.isEmpty()) {
          break;
        }
        listed.addAll(ids);
        deadlinesListed.addAll(response.json("$[*].deadline"));
      }
      assertThat(listed).doesNotHaveDuplicates();
      assertThat(deadlinesListed).isSorted();
      assertThat(listed.stream().filter(mine::contains).toList()).containsExactly(mine.get(2), mine.get(0), mine.get(1));
      assertThat(api.get("scjgj.supervisor", "/api/v1/supervision/warnings?size=501").status()).isEqualTo(400);

      String page = mvc.perform(get("/backoffice/supervision").with(user(users.loadUserByUsername("scjgj.supervisor"))))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(page).contains(api.get("citizen", "/api/v1/cases/" + mine.get(2)).string("$.number"), "light-RED", "light-YELLOW");

      List<String> elsewhere = api.get("gjj.supervisor", "/api/v1/supervision/warnings").json("$[*].id");
      assertThat(elsewhere).doesNotContainAnyElementsOf(mine);
      List<String> everywhere = api.get("admin", "/api/v1/supervision/warnings?size=500").json("$[*].id");
      assertThat(everywhere).contains(mine.get(0), mine.get(1), mine.get(2)).doesNotContain(mine.get(3));
    } finally {
      for (String id : mine) {
        jdbc.update("update application_case set accept_deadline = ?, clock_stopped_since = null where id = ?", today.plusDays(30), id);
      }
    }
  }

  private void set(String caseId, String assignment) {
    jdbc.update("update application_case set " + assignment + " where id = ?", caseId);
  }

  /** This transaction's sequential scans of the cases' table and scans of its two deadline indexes so far. */
  private long[] scans() {
    return jdbc.queryForObject(
        "select (select seq_scan from pg_stat_xact_user_tables where relname = 'application_case'),"
            + " pg_stat_get_xact_numscans('application_case_submitted_by_department'::regclass),"
            + " pg_stat_get_xact_numscans('application_case_accepted_by_department'::regclass)",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
  }
}
