package org.yiwang.cases;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yiwang.support.ApiClient;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.ApiClient.Response;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.workflow.WorkingDayCalendar;

/** The cases API over real HTTP: the whole journey, idempotency, concurrency, access and bad input. */
@IntegrationTest
class CaseApiIntegrationTests extends DatabaseProperties {

  static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";
  static final String HYGIENE_LICENCE = "210800-WJW-XK-0002"; // 受理 → 现场核查 → 审查 → 决定
  static final String FUND_WITHDRAWAL = "210800-GJJ-GG-0001"; // on the spot
  static final String USCC = CaseFixtures.USCC;

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  ApiClient api() {
    if (api == null) {
      api = new ApiClient(port);
    }
    return api;
  }

  static String foodForm() {
    return CaseFixtures.foodForm();
  }

  String create(String user, String item, String situation, String formJson, String key) {
    Response r =
        api().post(user, "/api/v1/cases", "{\"itemCode\":\"%s\",\"situationCode\":\"%s\",\"form\":%s}".formatted(item, situation, formJson),
            key == null ? Map.of() : Map.of("Idempotency-Key", key));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.string("$.status")).isEqualTo("DRAFT");
    assertThat(r.string("$.number")).matches("YK\\d{13}");
    // API.md: 201 { "id", "number", "status" }, nothing more (the whole case is one GET away)
    assertThat(r.<Map<String, Object>>json("$")).containsOnlyKeys("id", "number", "status");
    return r.string("$.id");
  }

  void uploadRequired(String user, String caseId) {
    Response c = api().get(user, "/api/v1/cases/" + caseId);
    List<Map<String, Object>> materials = c.json("$.materials");
    for (var m : materials) {
      if ((Boolean) m.get("required")) {
        Response up = api().upload(user, "/api/v1/cases/" + caseId + "/materials", Map.of("materialCode", (String) m.get("code")), m.get("name") + ".pdf", pdf("材料"));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
      }
    }
  }

  String taskOf(String staff, String caseId) {
    Response r = api().get(staff, "/api/v1/tasks?size=200");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> tasks = r.json("$");
    return tasks.stream()
        .filter(t -> caseId.equals(t.get("caseId")))
        .map(t -> (String) t.get("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task of case " + caseId + " for " + staff + ": " + r.body()));
  }

  String deadlineOf(String staff, String caseId) {
    List<String> deadlines = api().get(staff, "/api/v1/tasks?size=200").json("$[?(@.caseId == '" + caseId + "')].deadline");
    assertThat(deadlines).as("open tasks of case " + caseId + " for " + staff).hasSize(1);
    return deadlines.get(0);
  }

  Response complete(String staff, String taskId, String action, String opinion) {
    return api().post(staff, "/api/v1/tasks/" + taskId + "/complete", "{\"action\":\"%s\",\"opinion\":\"%s\"}".formatted(action, opinion));
  }

  static byte[] pdf(String title) {
    return CaseFixtures.pdf(title);
  }

  static String pdfText(byte[] bytes) throws IOException {
    try (var doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void casesAndTheirTasksGetIdsThatSortInTheOrderTheyWereMade() {
    // new rows then land at the end of their tables' indexes (TimeOrderedIds), not anywhere in them
    String first = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    String second = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    assertThat(UUID.fromString(first).version()).isEqualTo(7);
    assertThat(second).isGreaterThan(first);

    uploadRequired("citizen", first);
    assertThat(api().post("citizen", "/api/v1/cases/" + first + "/submit", null).status()).isEqualTo(200);
    String task = taskOf("scjgj.window", first);
    assertThat(UUID.fromString(task).version()).as("the process engine's ids too").isEqualTo(7);
  }

  @Test
  void aStepsMessagesCommitWithItAndOnlyWhatLeavesThePlatformWaits() {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    assertThat(api().post("citizen", "/api/v1/cases/" + id + "/submit", null).status()).isEqualTo(200);

    // written in the submission's own transaction: there as soon as it is answered, with no outbox entry
    assertThat(jdbc.queryForList("select recipient from notification_message where link = ?", String.class, "/cases/" + id))
        .containsExactly("citizen");
    assertThat(jdbc.queryForList(
            "select recipient from notification_message where link = ? and delivery is null", String.class, "/backoffice/cases/" + id))
        .as("the window's message stays in the message box")
        .contains("scjgj.window");
    assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class, "%" + id + "%"))
        .isZero();
    // the applicant's SMS and e-mail go after the commit, from the delivery round
    await().atMost(Duration.ofSeconds(10)).until(() ->
        "DONE".equals(jdbc.queryForObject("select delivery from notification_message where link = ?", String.class, "/cases/" + id)));
  }

  @Test
  void theWholeJourneyFromDraftToResultWithOneCorrection() throws Exception {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);

    Response submitted = api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.string("$.status")).isEqualTo("SUBMITTED");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(submitted.string("$.acceptDeadline")).isEqualTo(calendar.addWorkingDays(today, 5).toString());

    // the window asks for a correction of one material, all at once
    String accept = taskOf("scjgj.window", id);
    assertThat(deadlineOf("scjgj.window", id)).as("the acceptance task is due when the case must be accepted")
        .isEqualTo(submitted.string("$.acceptDeadline"));
    Response corrected =
        api().post("scjgj.window", "/api/v1/tasks/" + accept + "/complete",
            "{\"action\":\"REQUEST_CORRECTION\",\"opinion\":\"营业执照复印件不清晰\",\"corrections\":[{\"target\":\"m5\",\"reason\":\"健康证明已过期\"}]}");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    Response seen = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(seen.string("$.status")).isEqualTo("CORRECTION_REQUESTED");
    assertThat(seen.string("$.corrections[0].target")).isEqualTo("m5");
    assertThat(seen.string("$.corrections[0].reason")).isEqualTo("健康证明已过期");

    Response reupload = api().upload("citizen", "/api/v1/cases/" + id + "/materials", Map.of("materialCode", "m5"), "健康证明.pdf", pdf("新健康证明"));
    assertThat(reupload.status()).isEqualTo(201);
    Response resubmitted = api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
    assertThat(resubmitted.string("$.status")).isEqualTo("SUBMITTED");

    // accept, review, decide, deliver
    assertThat(complete("scjgj.window", taskOf("scjgj.window", id), "ACCEPT", "材料齐全").status()).isEqualTo(200);
    Response accepted = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(accepted.string("$.status")).isEqualTo("ACCEPTED");
    assertThat(accepted.string("$.decisionDeadline")).isEqualTo(calendar.addWorkingDays(today, 5).toString());
    String review = taskOf("scjgj.approver", id);
    assertThat(deadlineOf("scjgj.approver", id)).as("the review is due when the decision is").isEqualTo(accepted.string("$.decisionDeadline"));
    assertThat(complete("scjgj.approver", review, "DENY", "x").status()).as("a reviewer does not decide").isEqualTo(400);
    assertThat(complete("scjgj.approver", review, "APPROVE", "符合条件").status()).isEqualTo(200);
    Response decided = null;
    for (String staff : List.of("scjgj.approver", "scjgj.supervisor", "scjgj.window")) {
      Response tasks = api().get(staff, "/api/v1/tasks?size=200");
      List<String> ids = tasks.json("$[?(@.caseId == '" + id + "')].id");
      for (String task : ids) {
        decided = complete(staff, task, "APPROVE", "准予许可");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
      }
    }
    Response done = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(done.string("$.status")).isEqualTo("COMPLETED");
    List<String> kinds = done.json("$.timeline[*].kind");
    assertThat(kinds).containsSubsequence("CREATED", "SUBMITTED", "CORRECTION_REQUESTED", "RESUBMITTED", "ACCEPTED", "STEP_COMPLETED", "APPROVED", "COMPLETED");
    // times in China's offset, as the contract's example (2026-11-27T09:30:00+08:00), whatever the database hands back
    List<String> times = done.json("$.timeline[*].at");
    assertThat(times).isNotEmpty().allSatisfy(at -> assertThat(at).endsWith("+08:00"));
    assertThat(done.string("$.submittedAt")).endsWith("+08:00");
    List<String> actors = done.json("$.timeline[?(@.kind == 'ACCEPTED')].actorName");
    assertThat(actors).containsExactly("营口市市场监督管理局窗口人员");

    // the notices, each with the case number
    String number = done.string("$.number");
    for (String notice : List.of("acceptance", "correction", "approval")) {
      Response pdf = api().get("citizen", "/api/v1/cases/" + id + "/notices/" + notice);
      assertThat(pdf.status()).as(notice).isEqualTo(200);
      String text = pdfText(pdf.bytes());
      assertThat(text).contains(number);
    }
    assertThat(pdfText(api().get("citizen", "/api/v1/cases/" + id + "/notices/correction").bytes())).contains("健康证明已过期", "补正材料通知书");
    assertThat(api().get("citizen", "/api/v1/cases/" + id + "/notices/denial").status()).isEqualTo(404);

    // anyone with the number and the ID's last four characters sees the progress, nothing personal
    Response progress = api().get(null, "/api/v1/cases/progress?number=" + number + "&idLast4=0023");
    assertThat(progress.status()).isEqualTo(200);
    assertThat(progress.string("$.status")).isEqualTo("COMPLETED");
    assertThat(progress.string("$.applicantName")).isEqualTo("王*");
    assertThat(progress.body()).doesNotContain("13904170001", USCC, "scjgj.window");
    assertThat(api().get(null, "/api/v1/cases/progress?number=" + number + "&idLast4=1234").status()).isEqualTo(404);

    // my cases
    List<String> mine = api().get("citizen", "/api/v1/cases?size=100").json("$[*].id");
    assertThat(mine).contains(id);
  }

  @Test
  void myCasesArePagedNewestFirstWithoutGapsOrRepeats() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(create("citizen", FOOD_LICENCE, "new", foodForm(), null));
    }
    // five created in the same instant: only the id can order them, and it must, or a page boundary
    // between them would show one twice and another never
    List<String> tied = created.subList(1, 6);
    jdbc.update(
        "update application_case set created_at = (select created_at from application_case where id = ?) where id in (?, ?, ?, ?, ?)",
        created.get(5), tied.get(0), tied.get(1), tied.get(2), tied.get(3), tied.get(4));

    List<String> whole = pagesOfMyCases(100);
    List<String> inThrees = pagesOfMyCases(3);
    assertThat(inThrees).isEqualTo(whole).doesNotHaveDuplicates().containsAll(created);
    List<String> tiedNewestFirst = tied.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    int first = whole.indexOf(tiedNewestFirst.get(0));
    assertThat(whole.subList(first, first + 5)).isEqualTo(tiedNewestFirst);
    assertThat(whole.indexOf(created.get(6))).isLessThan(first);
    assertThat(whole.indexOf(created.get(0))).isGreaterThan(first + 4);
  }

  List<String> pagesOfMyCases(int size) {
    List<String> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Response r = api().get("citizen", "/api/v1/cases?page=" + page + "&size=" + size);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      List<String> ids = r.json("$[*].id");
      all.addAll(ids);
      if (ids.size() < size) {
        return all;
      }
    }
  }

  @Test
  void theSameKeyCreatesOneCaseAndSubmitsOnce() {
    String first = create("citizen", FOOD_LICENCE, "new", foodForm(), "create-key-1");
    String again = create("citizen", FOOD_LICENCE, "new", foodForm(), "create-key-1");
    assertThat(again).isEqualTo(first);
    uploadRequired("citizen", first);
    Map<String, String> key = Map.of("Idempotency-Key", "submit-key-1");
    Response one = api().post("citizen", "/api/v1/cases/" + first + "/submit", null, key);
    Response two = api().post("citizen", "/api/v1/cases/" + first + "/submit", null, key);
    assertThat(one.status()).isEqualTo(200);
    assertThat(two.status()).isEqualTo(200);
    assertThat(two.string("$.acceptDeadline")).isEqualTo(one.string("$.acceptDeadline"));
    List<String> kinds = api().get("citizen", "/api/v1/cases/" + first).json("$.timeline[*].kind");
    assertThat(kinds.stream().filter("SUBMITTED"::equals)).hasSize(1);
    // without the key, a second submission is refused: the case is no longer a draft
    assertThat(api().post("citizen", "/api/v1/cases/" + first + "/submit", null).status()).isEqualTo(409);
  }

  @Test
  void theSameKeySentByManyClientsAtOnceCreatesOneCaseAndSubmitsItOnce() throws Exception {
    api().token("citizen");
    String createKey = "together-" + UUID.randomUUID();
    Integer before = jdbc.queryForObject("select count(*) from application_case where applicant_username = 'citizen'", Integer.class);
    List<String> ids = atOnce(6, () -> create("citizen", FOOD_LICENCE, "new", foodForm(), createKey));
    assertThat(ids).hasSize(6);
    assertThat(ids.stream().distinct()).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from application_case where applicant_username = 'citizen'", Integer.class))
        .isEqualTo(before + 1);

    String id = ids.get(0);
    uploadRequired("citizen", id);
    Map<String, String> submitKey = Map.of("Idempotency-Key", "together-submit-" + UUID.randomUUID());
    List<Response> submits = atOnce(6, () -> api().post("citizen", "/api/v1/cases/" + id + "/submit", null, submitKey));
    assertThat(submits).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
    assertThat(submits.stream().map(r -> r.string("$.acceptDeadline")).distinct()).hasSize(1);
    List<String> kinds = api().get("citizen", "/api/v1/cases/" + id).json("$.timeline[*].kind");
    assertThat(kinds.stream().filter("SUBMITTED"::equals)).hasSize(1);
  }

  /** Runs the call from as many threads as given, released together, and gives their results. */
  static <T> List<T> atOnce(int clients, Callable<T> call) throws Exception {
    return atOnce(Collections.nCopies(clients, call));
  }

  /** Runs each call on a thread of its own, all released together, and gives their results in order. */
  static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(calls.size());
    try {
      var futures = new ArrayList<Future<T>>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> { start.await(); return call.call(); }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (var f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twoStaffCompletingTheSameTaskAtOnceOneSucceedsTheOtherGets409() throws Exception {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    String task = taskOf("scjgj.window", id);
    api().token("yshj.window");
    Callable<Integer> scjgj = () -> complete("scjgj.window", task, "ACCEPT", "受理").status();
    Callable<Integer> centre = () -> complete("yshj.window", task, "ACCEPT", "综合窗口受理").status();
    assertThat(atOnce(List.of(scjgj, centre))).containsExactlyInAnyOrder(200, 409);
    Response c = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(c.string("$.status")).isEqualTo("ACCEPTED");
    List<String> kinds = c.json("$.timeline[*].kind");
    assertThat(kinds.stream().filter("ACCEPTED"::equals)).hasSize(1);
    Response problem = complete("scjgj.window", task, "ACCEPT", "再次受理");
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

  @Test
  void theInboxShowsAnUnclaimedTaskToEachCandidateWindowAndAClaimedOneToItsHolderOnly() {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    String task = taskOf("scjgj.window", id);
    assertThat(taskOf("yshj.window", id)).as("the comprehensive window is a candidate too").isEqualTo(task);

    assertThat(api().post("scjgj.window", "/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
    List<String> assignees = api().get("scjgj.window", "/api/v1/tasks?size=200").json("$[?(@.caseId == '" + id + "')].assignee");
    assertThat(assignees).containsExactly("scjgj.window");
    assertThat(api().get("yshj.window", "/api/v1/tasks?size=200").<List<String>>json("$[*].caseId")).doesNotContain(id);

    assertThat(complete("scjgj.window", task, "ACCEPT", "受理").status()).isEqualTo(200);
    assertThat(api().get("scjgj.window", "/api/v1/tasks?size=200").<List<String>>json("$[*].id")).doesNotContain(task);
    assertThat(taskOf("scjgj.approver", id)).isNotEqualTo(task);
  }

  @Test
  void theInboxListsTheMostUrgentFirstAndItsPagesDoNotOverlap() {
    for (int i = 0; i < 3; i++) {
      String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
      uploadRequired("citizen", id);
      api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    }
    List<String> deadlines = api().get("scjgj.window", "/api/v1/tasks?size=200").json("$[*].deadline");
    List<String> dated = deadlines.stream().takeWhile(java.util.Objects::nonNull).toList();
    assertThat(dated).isSorted();
    assertThat(deadlines.subList(dated.size(), deadlines.size())).as("undated tasks last").allMatch(java.util.Objects::isNull);

    List<String> all = api().get("scjgj.window", "/api/v1/tasks?size=200").json("$[*].id");
    List<String> first = api().get("scjgj.window", "/api/v1/tasks?size=2&page=0").json("$[*].id");
    List<String> second = api().get("scjgj.window", "/api/v1/tasks?size=2&page=1").json("$[*].id");
    assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void everyoneElseIsKeptOutOfACase() {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    String task = taskOf("scjgj.window", id);
    for (String outsider : List.of("enterprise", "gjj.window", "gjj.approver", "scjgj.admin")) {
      assertThat(api().get(outsider, "/api/v1/cases/" + id).status()).as(outsider).isEqualTo(404);
      assertThat(api().get(outsider, "/api/v1/cases/" + id + "/materials/m1").status()).as(outsider).isEqualTo(404);
      assertThat(api().get(outsider, "/api/v1/cases/" + id + "/notices/acceptance").status()).as(outsider).isEqualTo(404);
      assertThat(api().put(outsider, "/api/v1/cases/" + id + "/form", "{\"form\":{}}").status()).as(outsider).isIn(403, 404);
      assertThat(api().post(outsider, "/api/v1/cases/" + id + "/withdraw", "{}").status()).as(outsider).isIn(403, 404);
      assertThat(api().upload(outsider, "/api/v1/cases/" + id + "/materials", Map.of("materialCode", "m1"), "a.pdf", pdf("x")).status()).as(outsider).isIn(403, 404);
      assertThat(api().post(outsider, "/api/v1/cases/" + id + "/submit", null).status()).as(outsider).isIn(403, 404);
      assertThat(api().post(outsider, "/api/v1/cases/" + id + "/extension", "{\"days\":5,\"reason\":\"x\"}").status()).as(outsider).isIn(403, 404);
      List<String> theirs = api().get(outsider, "/api/v1/cases?size=100").json("$[*].id");
      assertThat(theirs).as(outsider).doesNotContain(id);
      assertThat(complete(outsider, task, "ACCEPT", "x").status()).as(outsider).isEqualTo(404);
      assertThat(api().post(outsider, "/api/v1/tasks/" + task + "/claim", null).status()).as(outsider).isEqualTo(404);
      List<String> visible = api().get(outsider, "/api/v1/tasks?size=200").json("$[*].caseId");
      assertThat(visible).as(outsider).doesNotContain(id);
    }
    // the applicant cannot act as staff, and staff cannot apply
    assertThat(complete("citizen", task, "ACCEPT", "x").status()).isEqualTo(404);
    assertThat(api().post("scjgj.window", "/api/v1/cases", "{\"itemCode\":\"%s\",\"situationCode\":\"new\",\"form\":{}}".formatted(FOOD_LICENCE)).status()).isEqualTo(403);
    // without signing in: 401
    assertThat(api().get(null, "/api/v1/cases/" + id).status()).isEqualTo(401);
    assertThat(api().get(null, "/api/v1/tasks").status()).isEqualTo(401);
    // the department's staff see it
    assertThat(api().get("scjgj.approver", "/api/v1/cases/" + id).status()).isEqualTo(200);
    assertThat(api().get("scjgj.window", "/api/v1/cases/" + id + "/materials/m1").status()).isEqualTo(200);
  }

  @Test
  void badFormsAndFilesAreRefusedWithClearMessagesAndNothingIsLost() throws Exception {
    Response badUscc =
        api().post("citizen", "/api/v1/cases", "{\"itemCode\":\"%s\",\"situationCode\":\"new\",\"form\":{\"creditCode\":\"91210800MA0YK1234X\",\"area\":\"很多\"}}".formatted(FOOD_LICENCE));
    assertThat(badUscc.status()).isEqualTo(400);
    assertThat(badUscc.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    List<String> fields = badUscc.json("$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("form.creditCode", "form.area");
    assertThat(badUscc.body()).contains("统一社会信用代码");
    // no item at all: a field message, not a failure
    Response noItem = api().post("citizen", "/api/v1/cases", "{\"situationCode\":\"new\",\"form\":{}}");
    assertThat(noItem.status()).isEqualTo(400);
    assertThat(noItem.<List<String>>json("$.errors[*].field")).containsExactly("itemCode");

    String id = create("citizen", FOOD_LICENCE, "new", "{\"operatorName\":\"营口小王餐馆\"}", null);
    Response missing = api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    assertThat(missing.status()).isEqualTo(400);
    List<String> missingFields = missing.json("$.errors[*].field");
    assertThat(missingFields).contains("form.creditCode", "form.premises", "materials.m1");
    assertThat(api().get("citizen", "/api/v1/cases/" + id).string("$.form.operatorName")).isEqualTo("营口小王餐馆");

    String base = "/api/v1/cases/" + id + "/materials";
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    Response disguised = api().upload("citizen", base, Map.of("materialCode", "m1"), "申请书.pdf", exe);
    assertThat(disguised.status()).isEqualTo(415);
    assertThat(disguised.body()).contains("PDF");
    byte[] fakePdf = "%PDF-1.7 this is not really a pdf".getBytes();
    assertThat(api().upload("citizen", base, Map.of("materialCode", "m1"), "a.pdf", fakePdf).status()).isEqualTo(415);
    Response tooLarge = api().upload("citizen", base, Map.of("materialCode", "m1"), "big.pdf", new byte[11 * 1024 * 1024]);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(api().upload("citizen", base, Map.of("materialCode", "m1"), "bomb.ofd", zipBomb()).status()).isEqualTo(415);
    assertThat(api().upload("citizen", base, Map.of("materialCode", "nope"), "a.pdf", pdf("x")).status()).isEqualTo(400);
    Response traversal = api().upload("citizen", base, Map.of("materialCode", "m1"), "../../etc/passwd.pdf", pdf("申请书"));
    assertThat(traversal.status()).isEqualTo(201);
    assertThat(traversal.string("$.fileName")).isEqualTo("passwd.pdf");
    assertThat(api().upload("citizen", base, Map.of("materialCode", "m2"), "ofd.ofd", ofd()).status()).isEqualTo(201);

    // actions the state does not allow
    Response withdrawn = api().post("citizen", "/api/v1/cases/" + id + "/withdraw", "{\"reason\":\"不办了\"}");
    assertThat(withdrawn.string("$.status")).isEqualTo("WITHDRAWN");
    Response again = api().post("citizen", "/api/v1/cases/" + id + "/withdraw", "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(api().put("citizen", "/api/v1/cases/" + id + "/form", "{\"form\":{}}").status()).isEqualTo(409);
    assertThat(api().get("citizen", "/api/v1/cases/" + id).string("$.form.operatorName")).isEqualTo("营口小王餐馆");
  }

  @Test
  void refusalsNeedReasonsAndACorrectionAfterItsDeadlineIsRefused() throws Exception {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    String task = taskOf("scjgj.window", id);
    Response noReason = complete("scjgj.window", task, "REFUSE", "");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.string("$.errors[0].field")).isEqualTo("opinion");
    Response noList = complete("scjgj.window", task, "REQUEST_CORRECTION", "材料不全");
    assertThat(noList.status()).isEqualTo(400);
    assertThat(complete("scjgj.window", task, "APPROVE", "x").status()).as("acceptance is not a decision").isEqualTo(400);

    api().post("scjgj.window", "/api/v1/tasks/" + task + "/complete",
        "{\"action\":\"REQUEST_CORRECTION\",\"opinion\":\"补正\",\"corrections\":[{\"target\":\"form.premises\",\"reason\":\"地址不详细\"}]}");
    jdbc.update("update application_case set correction_deadline = ? where id = ?", LocalDate.now(TimeConfiguration.CHINA).minusDays(1), id);
    Response late = api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.string("$.detail")).contains("补正期限");
    assertThat(api().get("citizen", "/api/v1/cases/" + id).string("$.status")).isEqualTo("CORRECTION_REQUESTED");
  }

  @Test
  void onSiteInspectionStopsTheClockAndTheDeadlineMovesByTheDaysItTook() {
    String id = create("citizen", HYGIENE_LICENCE, "new", "{}", null);
    Response c = api().get("citizen", "/api/v1/cases/" + id);
    List<Map<String, Object>> fields = c.json("$.formFields");
    assertThat(fields).isNotEmpty();
    api().put("citizen", "/api/v1/cases/" + id + "/form",
        "{\"form\":{\"applicantName\":\"王丽\",\"idNumber\":\"210802198503120023\",\"phone\":\"13904170001\",\"address\":\"营口市站前区\"}}");
    uploadRequired("citizen", id);
    assertThat(api().post("citizen", "/api/v1/cases/" + id + "/submit", null).status()).isEqualTo(200);
    complete("wjw.window", taskOf("wjw.window", id), "ACCEPT", "受理");
    Response accepted = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(accepted.string("$.clockStoppedSince")).as("the inspection is the next step").isNotNull();
    assertThat(accepted.string("$.light")).isEqualTo("PAUSED");
    LocalDate deadline = LocalDate.parse(accepted.string("$.decisionDeadline"));
    // the inspection began three working days ago
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    LocalDate threeAgo = today;
    while (calendar.workingDaysBetween(threeAgo, today) < 3) {
      threeAgo = threeAgo.minusDays(1);
    }
    jdbc.update("update application_case set clock_stopped_since = ? where id = ?", threeAgo, id);
    complete("wjw.approver", taskOf("wjw.approver", id), "APPROVE", "现场符合要求");
    Response after = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(after.string("$.clockStoppedSince")).isNull();
    assertThat(after.string("$.decisionDeadline")).isEqualTo(calendar.addWorkingDays(deadline, 3).toString());
    List<String> kinds = after.json("$.timeline[*].kind");
    assertThat(kinds).containsSubsequence("ACCEPTED", "CLOCK_STOPPED", "STEP_COMPLETED", "CLOCK_RESTARTED");
  }

  @Test
  void theSupervisorExtendsTheDecisionLimitOnceByAtMostTenWorkingDaysWithAReason() {
    String id = create("citizen", FOOD_LICENCE, "new", foodForm(), null);
    uploadRequired("citizen", id);
    api().post("citizen", "/api/v1/cases/" + id + "/submit", null);
    complete("scjgj.window", taskOf("scjgj.window", id), "ACCEPT", "受理");
    LocalDate deadline = LocalDate.parse(api().get("citizen", "/api/v1/cases/" + id).string("$.decisionDeadline"));
    String path = "/api/v1/cases/" + id + "/extension";
    assertThat(api().post("scjgj.approver", path, "{\"days\":5,\"reason\":\"需专家论证\"}").status()).isEqualTo(403);
    Response tooLong = api().post("scjgj.supervisor", path, "{\"days\":11,\"reason\":\"需专家论证\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.string("$.errors[0].field")).isEqualTo("days");
    assertThat(api().post("scjgj.supervisor", path, "{\"days\":10}").status()).isEqualTo(400);
    Response extended = api().post("scjgj.supervisor", path, "{\"days\":10,\"reason\":\"案情复杂，需专家论证\"}");
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(extended.string("$.decisionDeadline")).isEqualTo(calendar.addWorkingDays(deadline, 10).toString());
    assertThat(api().post("scjgj.supervisor", path, "{\"days\":3,\"reason\":\"再延\"}").status()).isEqualTo(409);
    List<String> opinions = api().get("citizen", "/api/v1/cases/" + id).json("$.timeline[?(@.kind == 'EXTENDED')].opinion");
    assertThat(opinions).containsExactly("案情复杂，需专家论证");
  }

  @Test
  void anOnTheSpotItemIsDecidedInOneStep() {
    String id = create("citizen", FUND_WITHDRAWAL, "purchase",
        "{\"applicantName\":\"王丽\",\"idNumber\":\"210802198503120023\",\"accountNumber\":\"1234567890\",\"amount\":\"50000.00\",\"bankCard\":\"6222020712345678901\",\"phone\":\"13904170001\"}", null);
    uploadRequired("citizen", id);
    assertThat(api().post("citizen", "/api/v1/cases/" + id + "/submit", null).status()).isEqualTo(200);
    Response tasks = api().get("gjj.window", "/api/v1/tasks?size=200");
    List<List<String>> actions = tasks.json("$[?(@.caseId == '" + id + "')].actions");
    assertThat(actions.get(0)).containsExactlyInAnyOrder("APPROVE", "DENY", "REQUEST_CORRECTION", "REFUSE");
    assertThat(complete("gjj.window", taskOf("gjj.window", id), "APPROVE", "当场办结").status()).isEqualTo(200);
    Response done = api().get("citizen", "/api/v1/cases/" + id);
    assertThat(done.string("$.status")).isEqualTo("COMPLETED");
    assertThat(done.string("$.form.idNumber")).isEqualTo("2108**********0023");
  }

  static byte[] zipBomb() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("OFD.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 260; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] ofd() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("OFD.xml"));
      zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>".getBytes());
      zip.closeEntry();
    }
    return out.toByteArray();
  }

}
