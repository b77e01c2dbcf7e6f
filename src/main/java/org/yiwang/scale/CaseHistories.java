package org.yiwang.scale;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.ResultType;
import org.yiwang.catalog.ItemContent.ServiceObject;
import org.yiwang.license.IssuedLicense;
import org.yiwang.license.Licenses;
import org.yiwang.shared.files.FileStore;
import org.yiwang.shared.files.StoredFile;
import org.yiwang.shared.id.Masking;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.shared.pdf.ChineseFont;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completed cases of the last years with their timelines, the materials their applicants uploaded,
 * the record of each step's finished task and, for approved items whose result is a certificate,
 * the signed e-license. Case {@code i} of a seed is always the same case, so the history is
 * generated in chunks of {@value #CHUNK}, two at a time, each in one transaction with its marker
 * row. The materials have a marker of their own: a history generated before they were is given
 * them by the next run, from its cases as they are stored.
 *
 * <p>Applicants are generated accounts ({@code sp0000001}…, {@code se000001}…, password
 * {@code Yiwang@2026}); the ten busiest ({@code sp0000001}–{@code sp0000010}, agents who apply for
 * others) hold half a percent of all cases each, so "my cases" has deep pages.
 */
@Component
class CaseHistories {

  static final int CHUNK = 1000;
  static final int BUSY_APPLICANTS = 10;
  private static final int SAMPLE_SCANS = 8;
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);
  /** The history ends on a fixed day, so a seed gives the same cases whenever it runs. */
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 30);
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "海燕", "建华", "志强", "桂兰"};
  private static final String[] TRADES = {"食品有限公司", "商贸有限公司", "餐饮店", "物流有限公司", "建筑工程有限公司", "医药连锁有限公司", "农业合作社", "科技有限公司"};

  /** A published item cases are made for, with what the history needs of it. */
  record Item(String code, int version, String departmentCode, String departmentName, ItemContent content) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final PasswordEncoder encoder;
  private final Licenses licenses;
  private final FileStore files;
  private final ChineseFont font;

  CaseHistories(
      JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, PasswordEncoder encoder, Licenses licenses, FileStore files,
      ChineseFont font) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.encoder = encoder;
    this.licenses = licenses;
    this.files = files;
    this.font = font;
  }

  static long persons(long cases) {
    return Math.max(100, cases / 5);
  }

  static long enterprises(long cases) {
    return Math.max(20, cases / 50);
  }

  static String person(long n) {
    return "sp%07d".formatted(n);
  }

  static String enterprise(long n) {
    return "se%06d".formatted(n);
  }

  static String personId(long n) {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n / 1000 % 20_000);
    String first17 = "210102" + born.toString().replace("-", "") + "%03d".formatted(n % 1000);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  static String enterpriseId(long n) {
    return UnifiedSocialCreditCode.complete("91210100MA%06d".formatted(n));
  }

  /** What a run added: cases with all they hold, and materials (of those cases, or of cases made before). */
  record Added(long cases, long materials) {
    boolean any() {
      return cases > 0 || materials > 0;
    }
  }

  /** Generates cases {@code 0 … total-1} of the seed that are not there yet, and the materials of those that have none. */
  Added generate(long total, int seed) throws Exception {
    addApplicants(persons(total), enterprises(total));
    Set<Integer> withCases = chunksDone(seed, "cases");
    Set<Integer> withMaterials = chunksDone(seed, "materials");
    int chunks = (int) ((total + CHUNK - 1) / CHUNK);
    List<Integer> todo = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      if (!withCases.contains(c) || !withMaterials.contains(c)) {
        todo.add(c);
      }
    }
    if (todo.isEmpty()) {
      return new Added(0, 0);
    }
    List<Item> items = items(seed);
    List<StoredFile> scans = sampleScans();
    // materials alone for a history made before they were generated
    String what = todo.stream().allMatch(withCases::contains) ? "materials" : "cases";
    var progress = new ProgressBar(what, total, Math.max(0, total - (long) todo.size() * CHUNK));
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Added>> results = new ArrayList<>();
      for (int chunk : todo) {
        boolean cases = !withCases.contains(chunk);
        results.add(workers.submit(() -> {
          long from = (long) chunk * CHUNK;
          long to = Math.min(total, from + CHUNK);
          Added added = transactions.execute(tx -> writeChunk(seed, chunk, from, to, items, total, scans, cases));
          progress.advance(to - from);
          return added;
        }));
      }
      long cases = 0;
      long materials = 0;
      for (Future<Added> result : results) {
        cases += result.get().cases();
        materials += result.get().materials();
      }
      return new Added(cases, materials);
    } finally {
      workers.shutdownNow();
    }
  }

  private Set<Integer> chunksDone(int seed, String kind) {
    return new HashSet<>(jdbc.queryForList("select chunk_no from scale_chunk where seed = ? and kind = ?", Integer.class, seed, kind));
  }

  /**
   * The scans applicants uploaded, a few distinct files: the store keeps each content once, and the
   * history is about the rows (a million cases' own scans would be tens of gigabytes of files).
   */
  private List<StoredFile> sampleScans() {
    List<StoredFile> scans = new ArrayList<>();
    for (int n = 1; n <= SAMPLE_SCANS; n++) {
      String text = "申请材料扫描件（样例 " + n + "）";
      scans.add(files.store(font.createPdf((document, type0) -> {
        // an identifier of its own: PDFBox would make one from the clock, and the same seed must give the same files
        var id = new COSString(text.getBytes(StandardCharsets.UTF_8));
        document.getDocument().setDocumentID(new COSArray(List.of(id, id)));
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(type0, 18);
          content.newLineAtOffset(72, 760);
          content.showText(text);
          content.endText();
        }
      })));
    }
    return scans;
  }

  private void addApplicants(long persons, long enterprises) {
    Long present = jdbc.queryForObject("select count(*) from account where username like 'sp%' and account_type = 'PERSON'", Long.class);
    Long presentEnterprises = jdbc.queryForObject("select count(*) from account where username like 'se%' and account_type = 'ENTERPRISE'", Long.class);
    if (present >= persons && presentEnterprises >= enterprises) {
      return;
    }
    String hash = encoder.encode("Yiwang@2026");
    Timestamp created = Timestamp.from(FIRST_DAY.atStartOfDay().toInstant(CHINA));
    var progress = new ProgressBar("accounts", persons + enterprises, present + presentEnterprises);
    // applicants are added in order, each batch committed: the count tells where a stopped run left off
    for (long from = present + 1; from <= persons; from += 5000) {
      long to = Math.min(persons, from + 4999);
      List<Object[]> rows = new ArrayList<>();
      for (long n = from; n <= to; n++) {
        var random = new Random(n);
        rows.add(new Object[] {person(n), hash, "PERSON", personName(random), personId(n), "139%08d".formatted(n % 100_000_000), "APPLICANT", created});
      }
      transactions.executeWithoutResult(tx -> insertAccounts(rows));
      progress.advance(rows.size());
    }
    for (long from = presentEnterprises + 1; from <= enterprises; from += 5000) {
      long to = Math.min(enterprises, from + 4999);
      List<Object[]> rows = new ArrayList<>();
      for (long n = from; n <= to; n++) {
        var random = new Random(-n);
        rows.add(new Object[] {enterprise(n), hash, "ENTERPRISE", enterpriseName(random), enterpriseId(n), "024%08d".formatted(n), "APPLICANT", created});
      }
      transactions.executeWithoutResult(tx -> insertAccounts(rows));
      progress.advance(rows.size());
    }
  }

  private void insertAccounts(List<Object[]> rows) {
    jdbc.batchUpdate(
        "insert into account (username, password_hash, account_type, display_name, id_number, phone, roles, failed_attempts, created_at)"
            + " values (?,?,?,?,?,?,?,0,?)",
        rows);
  }

  private static String personName(Random random) {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  private static String enterpriseName(Random random) {
    return "辽宁" + SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + TRADES[random.nextInt(TRADES.length)];
  }

  /**
   * The items people apply for, most popular first: a fixed sample of the published catalogue (a
   * few thousand items take nearly all cases, as in real cities), shuffled by the seed.
   */
  private List<Item> items(int seed) {
    List<Object[]> published =
        jdbc.query(
            "select code, published_version, department_code from service_item where published_version is not null order by code",
            (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)});
    Collections.shuffle(published, new Random(seed));
    List<Object[]> sample = published.subList(0, Math.min(published.size(), 4000));
    Map<String, String> departments = new HashMap<>();
    jdbc.query("select code, name from department", rs -> {
      departments.put(rs.getString(1), rs.getString(2));
    });
    Map<String, String> contents = new HashMap<>();
    for (int from = 0; from < sample.size(); from += 500) {
      List<Object[]> part = sample.subList(from, Math.min(sample.size(), from + 500));
      List<Object> args = new ArrayList<>();
      for (Object[] p : part) {
        args.add(p[0]);
        args.add(p[1]);
      }
      jdbc.query(
          "select item_code, content from item_version where "
              + String.join(" or ", Collections.nCopies(part.size(), "(item_code = ? and version_no = ?)")),
          rs -> {
            contents.put(rs.getString(1), rs.getString(2));
          },
          args.toArray());
    }
    List<Item> items = new ArrayList<>();
    for (Object[] p : sample) {
      ItemContent content = json.readValue(contents.get((String) p[0]), ItemContent.class);
      if (!content.situations().isEmpty()) {
        items.add(new Item((String) p[0], (Integer) p[1], (String) p[2], departments.get((String) p[2]), content));
      }
    }
    return items;
  }

  /**
   * The materials of a chunk's cases as they were stored: their item, situation, applicant and times
   * are read, not drawn again, so they fit the cases whatever catalogue and options made them.
   */
  private void materialsOfStoredCases(int seed, long from, long to, List<Item> items, List<StoredFile> scans, Rows rows) {
    Map<ItemVersion, ItemContent> contents = new HashMap<>();
    for (Item item : items) {
      contents.put(new ItemVersion(item.code(), item.version()), item.content());
    }
    jdbc.query(
        "select id, item_code, item_version, situation_code, applicant_username, created_at, submitted_at from application_case"
            + " where case_number between ? and ? order by case_number",
        rs -> {
          ItemContent content = contents.computeIfAbsent(new ItemVersion(rs.getString("item_code"), rs.getInt("item_version")), this::content);
          String situation = rs.getString("situation_code");
          String caseId = rs.getString("id");
          String applicant = rs.getString("applicant_username");
          OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
          OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
          content.situation(situation).ifPresent(sit -> materials(rows, caseId, sit, applicant, created, submitted, scans));
        },
        number(seed, from), number(seed, to - 1));
  }

  private record ItemVersion(String code, int version) {}

  private ItemContent content(ItemVersion v) {
    String content = jdbc.queryForObject("select content from item_version where item_code = ? and version_no = ?", String.class, v.code(), v.version());
    return json.readValue(content, ItemContent.class);
  }

  static String number(int seed, long i) {
    return "S%02d%012d".formatted(seed, i);
  }

  /** Writes the chunk's cases with all they hold, or, when they are there, only their materials. */
  private Added writeChunk(int seed, int chunk, long from, long to, List<Item> items, long total, List<StoredFile> scans, boolean cases) {
    var rows = new Rows();
    List<IssuedLicense> issued = new ArrayList<>();
    if (cases) {
      for (long i = from; i < to; i++) {
        one(seed, i, items, total, rows, issued, scans);
      }
    } else {
      materialsOfStoredCases(seed, from, to, items, scans, rows);
    }
    Timestamp now = Timestamp.from(Instant.now());
    if (cases) {
      jdbc.batchUpdate(
          "insert into application_case (id, case_number, item_code, item_version, item_name, department_code, situation_code,"
              + " situation_name, applicant_username, applicant_name, applicant_type, applicant_id_masked, applicant_id_last4, status,"
              + " form_data, submitted_at, accept_deadline, accepted_at, decision_deadline, extended_days, decided_at, completed_at,"
              + " created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,0)",
          rows.cases);
      jdbc.batchUpdate(
          "insert into case_event (case_id, occurred_at, kind, step_name, actor, actor_name, opinion, status) values (?,?,?,?,?,?,?,?)",
          rows.events);
      jdbc.batchUpdate(
          "insert into finished_task (task_id, case_id, step_name, candidate_groups, completed_by, completed_at) values (?,?,?,?,?,?)",
          rows.tasks);
      if (!issued.isEmpty()) {
        licenses.importIssued(issued);
      }
      jdbc.update(
          "insert into scale_chunk (seed, kind, chunk_no, rows_added, created_at) values (?, 'cases', ?, ?, ?)",
          seed, chunk, (int) (to - from), now);
    }
    jdbc.batchUpdate(
        "insert into case_material (case_id, material_code, file_id, content_type, size_bytes, display_name, uploaded_at, uploaded_by)"
            + " values (?,?,?,?,?,?,?,?)",
        rows.materials);
    jdbc.update(
        "insert into scale_chunk (seed, kind, chunk_no, rows_added, created_at) values (?, 'materials', ?, ?, ?)",
        seed, chunk, rows.materials.size(), now);
    return new Added(cases ? to - from : 0, rows.materials.size());
  }

  private static final class Rows {
    final List<Object[]> cases = new ArrayList<>();
    final List<Object[]> events = new ArrayList<>();
    final List<Object[]> tasks = new ArrayList<>();
    final List<Object[]> materials = new ArrayList<>();
  }

  private enum Outcome { APPROVED, DENIED, REFUSED, WITHDRAWN }

  private void one(int seed, long i, List<Item> items, long total, Rows rows, List<IssuedLicense> issued, List<StoredFile> scans) {
    var random = new Random(seed * 1_000_003L + i * 7919L);
    // popularity falls off steeply: u³ puts most cases on the first items of the shuffled sample
    double u = random.nextDouble();
    Item item = items.get((int) (items.size() * u * u * u));
    var situation = item.content().situations().get(random.nextInt(item.content().situations().size()));
    boolean enterprise =
        item.content().serviceObjects().contains(ServiceObject.ENTERPRISE)
            && (!item.content().serviceObjects().contains(ServiceObject.PERSON) || random.nextInt(3) == 0);
    String username;
    String idNumber;
    String name;
    if (!enterprise && random.nextInt(100) < 5) {
      long n = 1 + random.nextInt(BUSY_APPLICANTS);
      username = person(n);
      idNumber = personId(n);
      name = personName(new Random(n));
    } else if (enterprise) {
      long n = 1 + (long) (random.nextDouble() * enterprises(total));
      username = enterprise(n);
      idNumber = enterpriseId(n);
      name = enterpriseName(new Random(-n));
    } else {
      long n = 1 + BUSY_APPLICANTS + (long) (random.nextDouble() * (persons(total) - BUSY_APPLICANTS));
      username = person(n);
      idNumber = personId(n);
      name = personName(new Random(n));
    }
    String caseId = UUID.nameUUIDFromBytes(("scale:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8)).toString();
    String number = number(seed, i);
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
    LocalDate day = workingDay(FIRST_DAY.plusDays((long) (random.nextDouble() * days)));
    OffsetDateTime submitted = day.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60)).atOffset(CHINA);
    OffsetDateTime created = submitted.minusMinutes(3 + random.nextInt(40));
    int roll = random.nextInt(100);
    Outcome outcome = roll < 88 ? Outcome.APPROVED : roll < 92 ? Outcome.DENIED : roll < 96 ? Outcome.REFUSED : Outcome.WITHDRAWN;
    String department = item.departmentCode();
    String departmentName = item.departmentName();
    String window = department + ".window";
    String approver = department + ".approver";
    LocalDate acceptDeadline = plusWorkingDays(day, 5);
    Map<String, String> form = form(situation, name, idNumber, random);
    materials(rows, caseId, situation, username, created, submitted, scans);

    List<Object[]> events = rows.events;
    events.add(new Object[] {caseId, ts(created), "CREATED", null, username, name, null, "DRAFT"});
    events.add(new Object[] {caseId, ts(submitted), "SUBMITTED", null, username, name, null, "SUBMITTED"});

    var steps = item.content().steps();
    OffsetDateTime at = submitted;
    OffsetDateTime accepted = null;
    OffsetDateTime decided = null;
    OffsetDateTime completed;
    LocalDate decisionDeadline = null;
    String status;
    if (outcome == Outcome.WITHDRAWN) {
      completed = at.plusHours(2 + random.nextInt(40));
      events.add(new Object[] {caseId, ts(completed), "WITHDRAWN", null, username, name, "申请人主动撤回申请", "WITHDRAWN"});
      status = "WITHDRAWN";
    } else if (outcome == Outcome.REFUSED) {
      completed = at.plusHours(3 + random.nextInt(60));
      task(rows, caseId, steps.isEmpty() ? "受理" : steps.get(0).name(), "s1_acceptance", department + ":WINDOW", window, completed);
      events.add(new Object[] {caseId, ts(completed), "REFUSED", steps.isEmpty() ? "受理" : steps.get(0).name(), window, departmentName + "窗口人员",
          "申请事项不属于本机关职权范围，依法不予受理", "REFUSED"});
      status = "REFUSED";
    } else {
      accepted = at.plusHours(1 + random.nextInt(30));
      decisionDeadline = plusWorkingDays(accepted.toLocalDate(), Math.max(1, item.content().promisedDays()));
      OffsetDateTime previous = at;
      for (int s = 0; s < Math.max(1, steps.size()); s++) {
        String stepName = steps.isEmpty() ? "受理并办结" : steps.get(s).name();
        boolean last = s == Math.max(1, steps.size()) - 1;
        boolean decision = s == Math.max(1, steps.size()) - 2 || steps.size() <= 1;
        OffsetDateTime end = s == 0 ? accepted : previous.plusHours(2 + random.nextInt(Math.max(3, item.content().promisedDays() * 6)));
        String actor = s == 0 || last ? window : approver;
        String actorName = departmentName + (s == 0 || last ? "窗口人员" : "审批人员");
        task(rows, caseId, stepName, "s" + (s + 1), department + (s == 0 || last ? ":WINDOW" : ":APPROVER"), actor, end);
        if (s == 0) {
          events.add(new Object[] {caseId, ts(end), "ACCEPTED", stepName, actor, actorName, "材料齐全，符合法定形式，予以受理", "ACCEPTED"});
        } else if (decision) {
          decided = end;
          boolean approved = outcome == Outcome.APPROVED;
          events.add(new Object[] {caseId, ts(end), approved ? "APPROVED" : "DENIED", stepName, actor, actorName,
              approved ? "符合法定条件，准予许可" : "经审查不符合法定条件，不予许可", approved ? "APPROVED" : "DENIED"});
        } else {
          events.add(new Object[] {caseId, ts(end), "STEP_COMPLETED", stepName, actor, actorName, "同意", decided == null ? "ACCEPTED" : "APPROVED"});
        }
        previous = end;
      }
      if (decided == null) {
        decided = previous;
      }
      completed = previous.plusMinutes(5);
      status = outcome == Outcome.APPROVED ? "COMPLETED" : "DENIED";
      if (outcome == Outcome.APPROVED) {
        events.add(new Object[] {caseId, ts(completed), "COMPLETED", null, window, departmentName + "窗口人员", null, "COMPLETED"});
      }
    }
    rows.cases.add(new Object[] {
      caseId, number, item.code(), item.version(), item.content().name(), department, situation.code(), situation.name(), username,
      name, enterprise ? "ENTERPRISE" : "PERSON", Masking.idNumber(idNumber), idNumber.substring(idNumber.length() - 4), status,
      json.writeValueAsString(form), ts(submitted), date(acceptDeadline), ts(accepted), date(decisionDeadline), ts(decided),
      ts(completed), ts(created), ts(completed)
    });
    var result = item.content().result();
    if (outcome == Outcome.APPROVED && result != null && result.type() == ResultType.CERTIFICATE && result.name() != null
        && item.content().basicCode() != null && item.content().basicCode().matches("[0-9A-Z]{4,20}")) {
      LocalDate issuedOn = completed.toLocalDate();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("申请事项", situation.name());
      issued.add(new IssuedLicense(
          result.name(), item.content().basicCode(), username, name, idNumber, enterprise, department, departmentName, issuedOn,
          issuedOn.plusYears(5), fields, caseId, number));
    }
  }

  /**
   * The situation's required materials and some of its optional ones, uploaded between the draft and
   * the submission. Drawn from a generator of their own (seeded by the case's id), so the cases' own
   * draws stay as they were before materials were generated.
   */
  private static void materials(
      Rows rows, String caseId, ItemContent.Situation situation, String username, OffsetDateTime created, OffsetDateTime submitted,
      List<StoredFile> scans) {
    var random = new Random(caseId.hashCode());
    int minutes = (int) Math.max(1, Duration.between(created, submitted).toMinutes());
    Set<String> codes = new HashSet<>();
    for (var m : situation.materials()) {
      // one file per material code, as an upload keeps it (a few situations list a code twice)
      if (!codes.add(m.code()) || !m.required() && random.nextInt(10) >= 3) {
        continue;
      }
      StoredFile scan = scans.get(random.nextInt(scans.size()));
      String name = m.name() + ".pdf";
      rows.materials.add(new Object[] {
        caseId, m.code(), scan.id(), scan.type().contentType(), scan.size(), name.length() > 120 ? name.substring(name.length() - 120) : name,
        ts(created.plusMinutes(random.nextInt(minutes))), username
      });
    }
  }

  /** A step's task as the platform records it finished: by whom, and the group whose step it was. */
  private static void task(Rows rows, String caseId, String name, String key, String group, String completedBy, OffsetDateTime end) {
    String id = UUID.nameUUIDFromBytes(("task:" + caseId + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    rows.tasks.add(new Object[] {id, caseId, name, group, completedBy, ts(end)});
  }

  private static Map<String, String> form(ItemContent.Situation situation, String name, String idNumber, Random random) {
    Map<String, String> form = new LinkedHashMap<>();
    for (var field : situation.form()) {
      String value =
          switch (field.type()) {
            case ID_NUMBER, USCC -> Masking.idNumber(idNumber);
            case PHONE -> "139%08d".formatted(random.nextInt(100_000_000));
            case DATE -> "2024-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
            case NUMBER -> Integer.toString(1 + random.nextInt(50));
            case AMOUNT -> Integer.toString(100 * (1 + random.nextInt(200)));
            case SELECT -> field.options().isEmpty() ? "" : field.options().get(random.nextInt(field.options().size()));
            case ADDRESS -> "辽宁省沈阳市和平区南京北街" + (1 + random.nextInt(300)) + "号";
            default -> field.label() != null && field.label().contains("名") ? name : "见附件";
          };
      form.put(field.name(), value);
    }
    return form;
  }

  static LocalDate workingDay(LocalDate day) {
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  static LocalDate plusWorkingDays(LocalDate day, int days) {
    LocalDate result = day;
    for (int n = 0; n < days; n++) {
      result = workingDay(result.plusDays(1));
    }
    return result;
  }

  private static Timestamp ts(OffsetDateTime at) {
    return at == null ? null : Timestamp.from(at.toInstant());
  }

  private static java.sql.Date date(LocalDate day) {
    return day == null ? null : java.sql.Date.valueOf(day);
  }
}
