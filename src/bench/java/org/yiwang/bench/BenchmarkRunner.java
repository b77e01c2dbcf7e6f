package org.yiwang.bench;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.util.FileSystemUtils;
import org.yiwang.bench.AppProcess.Launch;
import org.yiwang.license.internal.SigningRates;
import org.yiwang.shared.id.ResidentIdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The province-scale benchmark (P1–P7): starts the application as its own process against
 * PostgreSQL with the generated province, drives it over loopback HTTP and prints, for each
 * scenario, throughput, latency percentiles and the ratio to a baseline measured in the same run.
 * Run: {@code ./mvnw -Pbench verify -Dbench.args="..."} (see {@code docs/benchmarks.md}).
 */
public final class BenchmarkRunner {

  /** The item P1 applies for: one form, two required materials, window → approver → window. */
  static final String ITEM = "210800-RSJ-JF-0002";
  static final String SITUATION = "apply";
  static final String PASSWORD = "Yiwang@2026";

  static final List<String> QUERIES = List.of(
      "公积金", "住房公积金提取", "食品经营许可", "食品许可", "营业执照", "企业设立", "社保", "医保", "异地就医", "失业保险金",
      "养老保险", "结婚登记", "身份证", "户口迁移", "不动产登记", "抵押", "建设工程规划许可", "施工许可", "道路运输", "排污许可",
      "残疾人证", "低保", "法律援助", "教师资格", "医师执业", "药品零售", "危险化学品", "取水许可", "发票", "消防安全检查",
      "娱乐场所", "养老机构", "档案查询", "gjj", "沈阳 食品经营", "大连 公积金");

  private final Options options;
  private final Report report;
  /** What each measured window cost in CPU and in which statements; set once the application is up. */
  private Load.Meters meters = Load.Meters.NONE;

  BenchmarkRunner(Options options) {
    this.options = options;
    this.report = new Report(options);
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().isEmpty()) {
        System.err.println("bench: " + e.getMessage() + "\n");
      }
      System.err.print(Options.USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    int status = 0;
    try {
      Report report = new BenchmarkRunner(options).run();
      Path file = options.workDir().resolve("results-jdk" + Runtime.version().feature() + ".md");
      Files.writeString(file, report.markdown());
      System.out.println("\n" + report.markdown());
      System.out.println("(also in " + file + ")");
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  Report run() throws Exception {
    Files.createDirectories(options.workDir());
    System.out.printf("Yiwang benchmark: %s; app on %s, heap %s; %,d items, %,d cases, seed %d%n",
        String.join(",", options.scenarios()), options.java(), options.heap(), options.items(), options.cases(), options.seed());
    try (Database database = Database.start(options)) {
      if (options.scenarios().contains("P7")) {
        startEmpty(database);
      }
      generate(database);
      if (options.scenarios().stream().anyMatch(s -> !s.equals("P6") && !s.equals("P7")) || options.scenarios().contains("P7")) {
        copyProvince(database);
        if (options.scenarios().contains("P7")) {
          try (AppProcess app = start(database, options.heap(), Launch.JAR, "province-jar", List.of(), false)) {
            app.awaitReady(Duration.ofMinutes(30));
            report.startup("with the province (java -jar)", app.readySeconds(), app.heapAfterGcMb(), app.rssMb());
          }
        }
        // the serving application runs as it would in production: extracted, with its classes archived
        try (AppProcess app = start(database, options.heap(), Launch.ARCHIVED, "province", List.of(), false)) {
          app.awaitReady(Duration.ofMinutes(30));
          if (options.scenarios().contains("P7")) {
            report.startup("with the province (extracted, classes archived: " + (AppProcess.featureVersion(options.java()) >= 25 ? "AOT cache" : "CDS") + ")",
                app.readySeconds(), app.heapAfterGcMb(), app.rssMb());
          }
          System.out.printf("Ready; the catalogue audit at start finished %.1f s later%n", app.awaitStartupWork(Duration.ofMinutes(30)));
          // what a node holds at rest (the figure at readiness comes before the audit's results exist)
          report.note("P7", "heap after a full GC at rest with the province, the catalogue audit of the start done: %.0f MB"
              .formatted(app.heapAfterGcMb()));
          drive(database, app);
        }
      }
    }
    if (options.scenarios().contains("P6")) {
      int runs = options.seconds() < 5 ? 300 : 5_000;
      var rates = SigningRates.measure(runs / 2, runs);
      report.signing(rates);
    }
    return report;
  }

  private AppProcess start(Database database, String heap, Launch launch, String name, List<String> extra, boolean echo) throws Exception {
    database.prepare(database.served(), false);
    return AppProcess.start(options, heap, launch, name, database.url(database.served()), dataDirectory(database), extra, echo);
  }

  /** The application's files (uploads, search index, signing keys) beside the database it serves. */
  private Path dataDirectory(Database database) {
    return options.workDir().resolve(database.served().equals(Database.PROVINCE) ? "province-data" : "run-data");
  }

  /**
   * Each run starts from the province as generated, database and files: the cases and open tasks
   * of an earlier run's P1 would otherwise deepen this run's inbox (P5) and grow its tables.
   */
  private void copyProvince(Database database) throws Exception {
    long started = System.nanoTime();
    if (!database.copyProvince()) {
      System.out.println("The given database is served as it is: the cases of earlier runs stay in it");
      return;
    }
    Path data = dataDirectory(database);
    FileSystemUtils.deleteRecursively(data);
    FileSystemUtils.copyRecursively(options.workDir().resolve("province-data"), data);
    System.out.printf("The run's copy of the province (database and files) made in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /**
   * P7 on an empty database: migrations and Yingkou's demo catalogue, as a city's first start. The
   * first run of a work directory starts on the database that becomes the province (one demo load
   * less); later runs on a database of their own.
   */
  private void startEmpty(Database database) throws Exception {
    boolean fresh = !database.exists(Database.PROVINCE);
    String name = fresh ? Database.PROVINCE : "bench_empty";
    database.prepare(name, !fresh);
    Path data = fresh ? options.workDir().resolve("province-data") : options.workDir().resolve("empty-data");
    deleteTree(data);
    try (AppProcess app = AppProcess.start(options, "empty", database.url(name), data, List.of(), false)) {
      app.awaitReady(Duration.ofMinutes(10));
      report.startup("empty database (first start: migrations, demo data)", app.readySeconds(), app.heapAfterGcMb(), app.rssMb());
    }
    if (!options.smoke()) {
      try (AppProcess app = AppProcess.start(options, "empty-again", database.url(name), data, List.of(), false)) {
        app.awaitReady(Duration.ofMinutes(10));
        report.startup("empty database (second start)", app.readySeconds(), app.heapAfterGcMb(), app.rssMb());
      }
    }
  }

  /** Generates the province (a no-op when the work directory already holds it). */
  private void generate(Database database) throws Exception {
    System.out.println("Province data: generating or checking (the first time takes minutes) ...");
    long started = System.nanoTime();
    // the generator is a tool, not the serving path: it gets room for the batches it writes
    try (AppProcess app = start(database, "3g", Launch.JAR, "generate",
        List.of("--yiwang.scale.generate=true", "--yiwang.scale.items=" + options.items(), "--yiwang.scale.cases=" + options.cases(),
            "--yiwang.scale.seed=" + options.seed()), true)) {
      app.awaitReady(Duration.ofHours(6));
    }
    report.generation((System.nanoTime() - started) / 1e9);
  }

  private void drive(Database database, AppProcess app) throws Exception {
    var api = new Api(app.port());
    try (Connection sql = database.connect(); StatementTimes statements = StatementTimes.of(database, options.workDir().resolve("statements"))) {
      meters = new Load.Meters(CpuUse.available() ? new CpuUse(app.pid()) : null, statements, new ServerTimes(app.port()));
      report.sizes(count(sql, "select count(*) from service_item where published_version is not null"),
          count(sql, "select count(*) from application_case"), count(sql, "select count(*) from finished_task"),
          count(sql, "select count(*) from e_license"));
      MachineSpeed.measure(1); // compiles the probe's work before its first figure
      if (options.scenarios().contains("P3")) {
        report.speed("before P3", speedProbe());
        search(api, database);
      }
      if (options.scenarios().contains("P4")) {
        report.speed("before P4", speedProbe());
        pages(api, sql);
      }
      if (options.scenarios().contains("P5")) {
        report.speed("before P5", speedProbe());
        myCases(api, sql);
      }
      if (options.scenarios().contains("P1") || options.scenarios().contains("P2")) {
        report.speed("before P1", speedProbe());
        submissions(api, database, app);
      }
      if (options.scenarios().contains("P2")) {
        report.speed("before P2", speedProbe());
        completions(api, database);
      }
      removeBaselineRows(sql);
      if (options.scenarios().contains("P5")) {
        inbox(api);
      }
      report.speed("at the end", speedProbe());
    } finally {
      meters = Load.Meters.NONE; // its statement times' connection is closed
    }
  }

  /** The machine's speed now: after up to a minute's wait for quiet (a smoke run waits a second at most). */
  private MachineSpeed.Probe speedProbe() throws Exception {
    return MachineSpeed.measure(options.smoke() ? 1 : 60);
  }

  // --- P1 ---

  private void submissions(Api api, Database database, AppProcess app) throws Exception {
    JsonNode item = api.get(null, "/api/v1/items/" + ITEM);
    JsonNode situation = null;
    for (JsonNode s : item.path("situations")) {
      if (s.path("code").asString().equals(SITUATION)) {
        situation = s;
      }
    }
    if (situation == null) {
      throw new IllegalStateException(ITEM + " has no situation " + SITUATION);
    }
    List<String> materials = new ArrayList<>();
    situation.path("materials").forEach(m -> {
      if (m.path("required").asBoolean()) {
        materials.add(m.path("code").asString());
      }
    });
    ObjectNode form = form(situation.path("form"));
    byte[] pdf = pdf();
    String[] tokens = new String[options.clients()];
    for (int c = 0; c < tokens.length; c++) {
      // each client is its own citizen (generated applicants sp0000101 …)
      tokens[c] = api.token("sp%07d".formatted(101 + c), PASSWORD);
    }
    var submitted = new AtomicInteger();
    var heapPeak = new java.util.concurrent.atomic.AtomicReference<Double>(0.0);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          double heap = app.heapUsedMb();
          heapPeak.accumulateAndGet(heap, Math::max);
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        } catch (Exception ignored) {
          // a missed sample
        }
      }
    });
    sampler.start();
    Writes writesBefore = writes(database);
    Load.Operation submission = client -> {
      String token = tokens[client];
      String body = "{\"itemCode\":\"%s\",\"situationCode\":\"%s\",\"form\":%s}".formatted(ITEM, SITUATION, form);
      String id = api.post(token, "/api/v1/cases", body, UUID.randomUUID().toString(), 201).path("id").asString();
      for (String m : materials) {
        api.upload(token, "/api/v1/cases/" + id + "/materials", m, m + ".pdf", pdf);
      }
      JsonNode receipt = api.post(token, "/api/v1/cases/" + id + "/submit", null, UUID.randomUUID().toString(), 200);
      if (!receipt.path("status").asString().equals("SUBMITTED")) {
        throw new IllegalStateException("submitted case is " + receipt.path("status"));
      }
      submitted.incrementAndGet();
      return true;
    };
    var result = Load.run("P1 submission", options.clients(), options.warmUpSeconds(), options.seconds(), meters, submission);
    sampler.interrupt();
    sampler.join();
    Writes writesAfter = writes(database);
    double heapAfterGc = app.heapAfterGcMb();
    Load.Result baseline;
    try (var jdbc = new JdbcSubmission(database, materials.size())) {
      baseline = Load.run("P1 baseline", options.clients(), options.warmUpSeconds(), options.seconds(), meters, jdbc);
    }
    report.scenario("P1", "online submission (token, create, " + materials.size() + " uploads, submit)", result, baseline,
        "raw JDBC: the case's own rows (case, " + materials.size() + " materials, 2 events, 2 idempotency keys) in one transaction");
    noteWrites("P1", "submission", writesBefore, writesAfter, submitted.get());
    report.note("P1", "application heap under load: peak %.0f MB used, %.0f MB after a full GC, -Xmx%s; %d submissions in all"
        .formatted(heapPeak.get(), heapAfterGc, options.heap(), submitted.get()));
    if (options.scenarios().contains("P2")) {
      workForP2(submission, result.perSecond(), submitted);
    }
  }

  /**
   * P2 completes the cases P1 submitted, and completes pairs faster than P1 submits (1.2 times in
   * earlier runs, 1.8 once the engine's activity record was left out): with only P1's own cases it
   * ran out of them before its window ended. So P1's clients go on, unmeasured, until there are
   * three times as many as P2 would complete at P1's rate (P2 says so if it still runs out).
   */
  private void workForP2(Load.Operation submission, double p1PerSecond, AtomicInteger submitted) throws Exception {
    long wanted = (long) Math.ceil(3 * p1PerSecond * (options.warmUpSeconds() + options.seconds()));
    int before = submitted.get();
    var more = new AtomicLong(wanted - before);
    if (more.get() <= 0) {
      return;
    }
    long started = System.nanoTime();
    var topUp = Load.run("P1 work for P2", options.clients(), 0, 24 * 3600, Load.Meters.NONE,
        client -> more.getAndDecrement() > 0 && submission.run(client));
    report.note("P1", "then %,d more submissions, not measured, so that P2 has work for its whole window (%.0f s, %d errors%s)"
        .formatted(submitted.get() - before, (System.nanoTime() - started) / 1e9, topUp.errors(),
            topUp.firstError() == null ? "" : ", the first: " + topUp.firstError()));
  }

  /**
   * Notes the rows inserted and updated per operation, by table, and how many of the updates PostgreSQL made
   * in place (HOT: the new row version on the same page, no index entry written), which an update
   * can only be when it changes no indexed column and its page has room; and the write-ahead log
   * written per operation: records, full-page images and bytes, the whole server's (so with the
   * background work the operations caused). Unlike time, these do not move with the machine's speed.
   */
  private void noteWrites(String id, String operation, Writes before, Writes after, int operations) {
    if (operations == 0) {
      report.note(id, "rows and write-ahead log per " + operation + ": none completed");
      return;
    }
    var inserted = new ArrayList<String>();
    var updated = new ArrayList<String>();
    long inserts = 0;
    long updates = 0;
    long hot = 0;
    for (var e : after.tables().entrySet()) {
      TableWrites was = before.tables().getOrDefault(e.getKey(), new TableWrites(0, 0, 0));
      long i = e.getValue().inserted() - was.inserted();
      long u = e.getValue().updated() - was.updated();
      long h = e.getValue().hot() - was.hot();
      if (i > 0) {
        inserts += i;
        inserted.add("%s %.1f".formatted(e.getKey(), i / (double) operations));
      }
      if (u > 0) {
        updates += u;
        hot += h;
        updated.add("%s %.1f, HOT %.0f %%".formatted(e.getKey(), u / (double) operations, 100.0 * h / u));
      }
    }
    String wal = after.walBytes() < 0 || before.walBytes() < 0
        ? "not measured (no pg_stat_wal: PostgreSQL 14 or later has it)"
        : "%.1f records, %.2f full-page images, %.1f kB".formatted(
            (after.walRecords() - before.walRecords()) / (double) operations,
            (after.walFullPages() - before.walFullPages()) / (double) operations,
            (after.walBytes() - before.walBytes()) / 1024.0 / operations);
    report.note(id, "rows inserted per %s (PostgreSQL statistics, whole run incl. warm-up): %.1f in all (%s)"
        .formatted(operation, inserts / (double) operations, String.join(", ", inserted)));
    report.note(id, "rows updated per %s (the same): %.1f in all, %.0f %% of them in place (HOT) (%s)".formatted(operation,
        updates / (double) operations, updates == 0 ? 0.0 : 100.0 * hot / updates, String.join("; ", updated)));
    report.note(id, "write-ahead log per %s (the same): %s".formatted(operation, wal));
  }

  record TableWrites(long inserted, long updated, long hot) {}

  /** The database's writes so far: by table, and the write-ahead log's totals (-1 where not readable). */
  record Writes(Map<String, TableWrites> tables, long walRecords, long walFullPages, long walBytes) {}

  private static Writes writes(Database database) throws Exception {
    // PostgreSQL 15+ flushes a busy backend's counts at most once a second (an idle one's within 10 s):
    // a reading misses the last moments' rows, as the reading before missed the moments before it
    Thread.sleep(1500);
    Map<String, TableWrites> tables = new java.util.TreeMap<>();
    try (Connection c = database.connect(); var s = c.createStatement()) {
      try (var rs = s.executeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd from pg_stat_user_tables")) {
        while (rs.next()) {
          tables.put(rs.getString(1).toLowerCase(), new TableWrites(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      try (var rs = s.executeQuery("select wal_records, wal_fpi, wal_bytes from pg_stat_wal")) {
        rs.next();
        return new Writes(tables, rs.getLong(1), rs.getLong(2), rs.getLong(3));
      } catch (java.sql.SQLException e) {
        return new Writes(tables, -1, -1, -1);
      }
    }
  }

  /** A baseline that writes with plain JDBC: one connection per client, without auto-commit. */
  private abstract static class JdbcBaseline implements Load.Operation, AutoCloseable {
    private final Database database;
    private final Map<Integer, Connection> connections = new java.util.concurrent.ConcurrentHashMap<>();

    JdbcBaseline(Database database) {
      this.database = database;
    }

    Connection connection(int client) throws Exception {
      Connection c = connections.get(client);
      if (c == null) {
        c = database.connect();
        c.setAutoCommit(false);
        connections.put(client, c);
      }
      return c;
    }

    @Override
    public void close() throws Exception {
      for (Connection c : connections.values()) {
        c.close();
      }
    }
  }

  /** The baseline of P1: the rows of a submission written with plain JDBC, one transaction each. */
  private static final class JdbcSubmission extends JdbcBaseline {
    private final int materials;
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    JdbcSubmission(Database database, int materials) {
      super(database);
      this.materials = materials;
    }

    @Override
    public boolean run(int client) throws Exception {
      Connection c = connection(client);
      String id = UUID.randomUUID().toString();
      long n = sequence.incrementAndGet();
      var now = Timestamp.from(Instant.now());
      try (var ps = c.prepareStatement(
          "insert into application_case (id, case_number, item_code, item_version, item_name, department_code, situation_code,"
              + " situation_name, applicant_username, applicant_name, applicant_type, applicant_id_masked, applicant_id_last4, status,"
              + " form_data, submitted_at, accept_deadline, created_at, updated_at) values (?,?,?,1,'失业保险金申领','rsj','apply','申领',"
              + "?,'基准',?,'2101**********0012','0012','SUBMITTED','{}',?,current_date,?,?)")) {
        ps.setString(1, id);
        ps.setString(2, "B" + run + "%09d".formatted(n));
        ps.setString(3, ITEM);
        ps.setString(4, "bench-" + client);
        ps.setString(5, "PERSON");
        ps.setTimestamp(6, now);
        ps.setTimestamp(7, now);
        ps.setTimestamp(8, now);
        ps.executeUpdate();
      }
      try (var ps = c.prepareStatement(
          "insert into case_material (case_id, material_code, file_id, content_type, size_bytes, display_name, uploaded_at, uploaded_by)"
              + " values (?,?,?,'application/pdf',1000,'m.pdf',?,?)")) {
        for (int m = 0; m < materials; m++) {
          ps.setString(1, id);
          ps.setString(2, "m" + (m + 1));
          ps.setString(3, "0".repeat(64));
          ps.setTimestamp(4, now);
          ps.setString(5, "bench-" + client);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (var ps = c.prepareStatement(
          "insert into case_event (case_id, occurred_at, kind, actor, actor_name, status) values (?,?,?,?,'基准',?)")) {
        for (String kind : List.of("CREATED", "SUBMITTED")) {
          ps.setString(1, id);
          ps.setTimestamp(2, now);
          ps.setString(3, kind);
          ps.setString(4, "bench-" + client);
          ps.setString(5, kind.equals("CREATED") ? "DRAFT" : "SUBMITTED");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (var ps = c.prepareStatement(
          "insert into idempotency_key (username, idem_key, operation, case_id, created_at) values (?,?,?,?,?)")) {
        for (String operation : List.of("create", "submit")) {
          ps.setString(1, "bench-" + client);
          ps.setString(2, UUID.randomUUID().toString());
          ps.setString(3, operation);
          ps.setString(4, id);
          ps.setTimestamp(5, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      return true;
    }
  }

  // --- P2 ---

  private void completions(Api api, Database database) throws Exception {
    String window = api.token("rsj.window", PASSWORD);
    String approver = api.token("rsj.approver", PASSWORD);
    var acceptances = new ConcurrentLinkedQueue<String>();
    for (int page = 0; page < 10_000; page++) {
      JsonNode tasks = api.get(window, "/api/v1/tasks?kind=ACCEPTANCE&size=200&page=" + page);
      if (tasks.isEmpty()) {
        break;
      }
      tasks.forEach(t -> acceptances.add(t.path("id").asString()));
    }
    int available = acceptances.size();
    Writes writesBefore = writes(database);
    var result = Load.run("P2 completion", options.clients(), options.warmUpSeconds(), options.seconds(), meters, client -> {
      String task = acceptances.poll();
      if (task == null) {
        return false;
      }
      JsonNode accepted = api.post(window, "/api/v1/tasks/" + task + "/complete", "{\"action\":\"ACCEPT\",\"opinion\":\"材料齐全，予以受理\"}", null, 200);
      // the approver opens the case (the answer to a completion is the case's receipt, not its tasks)
      JsonNode opened = api.get(approver, "/api/v1/cases/" + accepted.path("id").asString());
      String next = null;
      for (JsonNode open : opened.path("openTasks")) {
        next = open.path("id").asString();
      }
      if (next == null) {
        throw new IllegalStateException("no task after acceptance");
      }
      api.post(approver, "/api/v1/tasks/" + next + "/complete", "{\"action\":\"APPROVE\",\"opinion\":\"符合条件，同意\"}", null, 200);
      return true;
    });
    Writes writesAfter = writes(database);
    Load.Result baseline;
    try (var jdbc = new JdbcCompletion(database, submittedBaselineCases(database))) {
      baseline = Load.run("P2 baseline", options.clients(), options.warmUpSeconds(), options.seconds(), meters, jdbc);
    }
    report.scenario("P2", "staff completion (accept; the approver opens the case and approves: 2 completions)", result, baseline,
        "raw JDBC: per completion pair, 2 × (case status update + timeline event) in one transaction");
    report.note("P2", "%,d acceptance tasks were open at the start (made by P1); %,d pairs completed in all".formatted(available, available - acceptances.size()));
    noteWrites("P2", "pair", writesBefore, writesAfter, available - acceptances.size());
    if (acceptances.isEmpty()) {
      report.note("P2", "ran out of acceptance tasks before its window ended: its clients stopped one by one, so its figures are low");
    }
  }

  /**
   * The cases P1's baseline submitted, listed once: the baseline of P2 takes them by primary key,
   * as the application finds a task's case (a search by applicant and status cost a scan: 381 ms a
   * pick with the rows of earlier runs).
   */
  private static ConcurrentLinkedQueue<String> submittedBaselineCases(Database database) throws Exception {
    var ids = new ConcurrentLinkedQueue<String>();
    try (Connection c = database.connect();
        var ps = c.prepareStatement("select id from application_case where applicant_username like 'bench-%' and status = 'SUBMITTED'");
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** The baseline of P2: the case's own writes of two completions, plain JDBC. */
  private static final class JdbcCompletion extends JdbcBaseline {
    private final ConcurrentLinkedQueue<String> submitted;

    JdbcCompletion(Database database, ConcurrentLinkedQueue<String> submitted) {
      super(database);
      this.submitted = submitted;
    }

    /**
     * Takes the cases in turn, and goes round them again when they are all done: the same two
     * writes cost the same the second time, and the baseline never runs out of work (it did when
     * P1's baseline had a slow minute and submitted fewer cases than P2's needed).
     */
    @Override
    public boolean run(int client) throws Exception {
      String id = submitted.poll();
      if (id == null) {
        return false;
      }
      try {
        complete(client, id);
      } finally {
        submitted.add(id);
      }
      return true;
    }

    private void complete(int client, String id) throws Exception {
      Connection c = connection(client);
      try (var ps = c.prepareStatement("select id from application_case where id = ? for update")) {
        ps.setString(1, id);
        ps.executeQuery().close();
      }
      var now = Timestamp.from(Instant.now());
      for (String status : List.of("ACCEPTED", "APPROVED")) {
        try (var ps = c.prepareStatement("update application_case set status = ?, updated_at = ?, version = version + 1 where id = ?")) {
          ps.setString(1, status);
          ps.setTimestamp(2, now);
          ps.setString(3, id);
          ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("insert into case_event (case_id, occurred_at, kind, actor, actor_name, status) values (?,?,?,?,'基准',?)")) {
          ps.setString(1, id);
          ps.setTimestamp(2, now);
          ps.setString(3, status);
          ps.setString(4, "bench-staff");
          ps.setString(5, status);
          ps.executeUpdate();
        }
      }
      c.commit();
    }
  }

  /** The baselines' rows are not cases of anyone's: removed after the run. */
  private static void removeBaselineRows(Connection sql) throws Exception {
    try (var s = sql.createStatement()) {
      String cases = "(select id from application_case where applicant_username like 'bench-%')";
      s.executeUpdate("delete from case_event where case_id in " + cases);
      s.executeUpdate("delete from case_material where case_id in " + cases);
      s.executeUpdate("delete from idempotency_key where username like 'bench-%'");
      s.executeUpdate("delete from application_case where applicant_username like 'bench-%'");
    }
  }

  // --- P3 ---

  private void search(Api api, Database database) throws Exception {
    Load.Operation search = client -> {
      String q = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
      JsonNode found = api.get(null, searchPath(q));
      if (found.path("total").asLong() < 0) {
        throw new IllegalStateException("no total");
      }
      return true;
    };
    var like = new ThreadLocal<Connection>();
    var connections = new ConcurrentLinkedQueue<Connection>();
    Load.Operation likeScan = client -> {
      Connection c = like.get();
      if (c == null) {
        c = database.connect();
        like.set(c);
        connections.add(c);
      }
      String q = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
      try (var ps = c.prepareStatement(
          "select i.code, v.name from service_item i join item_version v on v.item_code = i.code and v.version_no = i.published_version"
              + " where v.name like ? or v.content like ? limit 20")) {
        ps.setString(1, "%" + q + "%");
        ps.setString(2, "%" + q + "%");
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
      }
      return true;
    };
    try {
      var result = Load.run("P3 search", options.readClients(), options.warmUpSeconds(), options.seconds(), meters, search);
      var baseline = Load.run("P3 baseline", options.readClients(), options.warmUpSeconds(), options.seconds(), meters, likeScan);
      String what = "catalogue search, " + QUERIES.size() + " queries (Lucene, smartcn)";
      String baselineWhat = "the same queries as SQL LIKE over names and guide documents";
      report.scenario("P3", what, result, baseline, baselineWhat);
      eachQueryAlone(api);
      offered("P3", what, options.offeredLoad() * result.perSecond(), options.readClients(), search, likeScan, baselineWhat);
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  /** The first page of the catalogue search for a query, as the portal asks for it. */
  private static String searchPath(String query) {
    return "/api/v1/items?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /**
   * Each query of the mix on its own, one client, one after the other (the closed loop has warmed
   * the code): how far the queries' costs are apart, which no distribution over the mix shows. A
   * query many times slower than the median makes the mix's tail by itself.
   */
  private void eachQueryAlone(Api api) throws Exception {
    int repetitions = options.smoke() ? 3 : 40;
    record Alone(String query, double medianMillis, double maxMillis, long total) {}
    List<Alone> alone = new ArrayList<>();
    for (String q : QUERIES) {
      long[] nanos = new long[repetitions];
      long total = 0;
      for (int i = 0; i < repetitions; i++) {
        long start = System.nanoTime();
        total = api.get(null, searchPath(q)).path("total").asLong();
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      alone.add(new Alone(q, nanos[repetitions / 2] / 1e6, nanos[repetitions - 1] / 1e6, total));
    }
    alone.sort(Comparator.comparingDouble(Alone::medianMillis).reversed());
    double median = alone.get(alone.size() / 2).medianMillis();
    var slowest = new StringBuilder();
    for (Alone a : alone.subList(0, Math.min(6, alone.size()))) {
      slowest.append("; \"%s\" %.2f ms (max %.1f, %,d hits)".formatted(a.query(), a.medianMillis(), a.maxMillis(), a.total()));
    }
    report.note("P3", "each query alone, one client, median of %d: the median query %.2f ms, the fastest %.2f ms%s".formatted(
        repetitions, median, alone.get(alone.size() - 1).medianMillis(), slowest));
  }

  /**
   * A scenario again as an open loop at the rate given, its baseline at the same rate: the latency a
   * user sees at that load, each request timed from when it was due. Skipped at a rate of 0. The
   * closed loop just before has warmed the same code, so a few seconds of warm-up do.
   */
  private void offered(String id, String what, double perSecond, int clients, Load.Operation operation, Load.Operation baseline,
      String baselineWhat) throws Exception {
    if (perSecond <= 0) {
      return;
    }
    double warmUp = Math.min(options.warmUpSeconds(), 5);
    String at = ", %,.0f/s offered".formatted(perSecond);
    var result = Load.atRate(id + " " + what + at, clients, perSecond, warmUp, options.seconds(), meters, operation);
    var base = Load.atRate(id + " baseline" + at, clients, perSecond, warmUp, options.seconds(), meters, baseline);
    report.scenario(id, what + at, result, base, baselineWhat + ", at the same rate");
  }

  // --- P4 ---

  private void pages(Api api, Connection sql) throws Exception {
    List<String> codes = new ArrayList<>();
    try (var s = sql.createStatement();
        var rs = s.executeQuery("select code from service_item where published_version is not null order by code")) {
      int n = 0;
      while (rs.next()) {
        if (n++ % 97 == 0) {
          codes.add(rs.getString(1));
        }
      }
    }
    firstVisits(api, codes);
    Load.Operation page = client -> {
      String html = api.text(null, "/items/" + codes.get(ThreadLocalRandom.current().nextInt(codes.size())), 200);
      if (!html.contains("</html>")) {
        throw new IllegalStateException("not a whole page");
      }
      return true;
    };
    Load.Operation staticFile = client -> api.text(null, "/css/yiwang.css", 200).length() > 0;
    var result = Load.run("P4 guide page", options.pageClients(), options.warmUpSeconds(), options.seconds(), meters, page);
    var baseline = Load.run("P4 baseline", options.pageClients(), options.warmUpSeconds(), options.seconds(), meters, staticFile);
    String what = "item guide page, HTML (" + codes.size() + " items)";
    String baselineWhat = "a static file (/css/yiwang.css) from the same server";
    report.scenario("P4", what, result, baseline, baselineWhat);
    offered("P4", what, options.pageRate(), options.pageClients(), page, staticFile, baselineWhat);
    entrance(api, staticFile, baselineWhat);
  }

  /**
   * Beside the guide page, the portal's entrance and its figures page: both show sums over the whole
   * published catalogue (items per department, the four reductions), which with the province are
   * joins of 100,000 items with their versions unless kept. Read clients, not 200: these pages are
   * not the target's, and a tenth of the warm-up (the guide page's run has warmed the server).
   */
  private void entrance(Api api, Load.Operation staticFile, String baselineWhat) throws Exception {
    var alternate = new AtomicLong();
    Load.Operation entrance = client -> {
      String html = api.text(null, alternate.getAndIncrement() % 2 == 0 ? "/" : "/stats", 200);
      if (!html.contains("</html>")) {
        throw new IllegalStateException("not a whole page");
      }
      return true;
    };
    double warmUp = options.warmUpSeconds() / 10;
    var result = Load.run("P4 entrance", options.readClients(), warmUp, options.seconds(), meters, entrance);
    var baseline = Load.run("P4 entrance baseline", options.readClients(), warmUp, options.seconds(), meters, staticFile);
    report.scenario("P4", "the home page and the figures page, alternately (" + options.readClients() + " clients)", result, baseline,
        baselineWhat + ", by as many clients");
  }

  /**
   * Each page once before P4 is measured: a portal's pages are read again and again, so P4 measures
   * pages as they are served most of the time (from the guide cache); the first visits, read from the
   * database, parsed and drawn, are reported on their own.
   */
  private void firstVisits(Api api, List<String> codes) throws Exception {
    var next = new AtomicInteger();
    var failed = new AtomicLong();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < Math.min(options.pageClients(), codes.size()); c++) {
      Thread visitor = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
          try {
            api.text(null, "/items/" + codes.get(i), 200);
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
      visitor.start();
      threads.add(visitor);
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    report.note("P4", "first visit of each of the %,d pages (not yet cached: read, parsed, flowchart drawn): %.1f s, %.0f pages/s, %d errors"
        .formatted(codes.size(), seconds, codes.size() / seconds, failed.get()));
  }

  // --- P5 ---

  private void myCases(Api api, Connection sql) throws Exception {
    String busy = "sp0000001";
    long cases = count(sql, "select count(*) from application_case where applicant_username = '" + busy + "'");
    String token = api.token(busy, PASSWORD);
    int deep = (int) Math.max(0, Math.min(10_000, cases / 20 - 1));
    readScenario(api, token, "P5", "my cases, first page (" + busy + ", %,d cases)".formatted(cases), "/api/v1/cases?page=0&size=20");
    readScenario(api, token, "P5", "my cases, page %d of 20".formatted(deep), "/api/v1/cases?page=" + deep + "&size=20");
  }

  private void inbox(Api api) throws Exception {
    String token = api.token("rsj.window", PASSWORD);
    int open = 0;
    for (int page = 0; page < 10_000; page++) {
      int n = api.get(token, "/api/v1/tasks?size=200&page=" + page).size();
      open += n;
      if (n < 200) {
        break;
      }
    }
    int deep = Math.max(0, open / 50 - 1);
    readScenario(api, token, "P5", "staff inbox, first page (rsj.window, %,d open tasks)".formatted(open), "/api/v1/tasks?page=0&size=50");
    readScenario(api, token, "P5", "staff inbox, page %d of 50".formatted(deep), "/api/v1/tasks?page=" + deep + "&size=50");
  }

  private void readScenario(Api api, String token, String id, String what, String path) throws Exception {
    Load.Operation read = client -> api.get(token, path).isArray();
    Load.Operation me = client -> api.get(token, "/api/v1/me").has("username");
    var result = Load.run(id + " " + what, options.readClients(), options.warmUpSeconds(), options.seconds(), meters, read);
    var baseline = Load.run(id + " baseline", options.readClients(), options.warmUpSeconds(), options.seconds(), meters, me);
    String baselineWhat = "GET /api/v1/me with the same token";
    report.scenario(id, what, result, baseline, baselineWhat);
    offered(id, what, options.offeredLoad() * result.perSecond(), options.readClients(), read, me, baselineWhat);
  }

  // --- helpers ---

  private static long count(Connection sql, String query) throws Exception {
    try (var s = sql.createStatement(); var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static ObjectNode form(JsonNode fields) {
    ObjectNode form = Api.JSON.createObjectNode();
    String first17 = "21010219900101123";
    for (JsonNode field : fields) {
      String name = field.path("name").asString();
      String value = switch (field.path("type").asString()) {
        case "ID_NUMBER" -> first17 + ResidentIdNumber.checkCharacter(first17);
        case "PHONE" -> "13904170001";
        case "DATE" -> "2026-11-02";
        case "NUMBER" -> "3";
        case "AMOUNT" -> "1200";
        case "SELECT" -> field.path("options").isEmpty() ? "" : field.path("options").get(0).asString();
        case "ADDRESS" -> "辽宁省沈阳市和平区南京北街1号";
        case "USCC" -> org.yiwang.shared.id.UnifiedSocialCreditCode.complete("91210800MA0YK123");
        default -> "基准测试";
      };
      form.put(name, value);
    }
    return form;
  }

  private static byte[] pdf() throws Exception {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        Iterator<Path> it = paths.sorted(java.util.Comparator.reverseOrder()).iterator();
        while (it.hasNext()) {
          Files.delete(it.next());
        }
      }
    }
  }

}
