package org.yiwang.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FileRef;
import org.yiwang.catalog.ItemContent.Material;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.shared.files.FileStore;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.shared.pdf.ChineseFont;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yingkou's catalogue as the paper describes it: 34 departments, 1,287 published items of which
 * 651 fully online (50.58 %). The hand-written items come from {@code demo/items-handwritten.json};
 * the rest are generated deterministically from {@code demo/item-names.json}. Loaded once, into an
 * empty database.
 */
@Component
@Profile("demo")
@Order(10)
class CatalogueDemoData implements ApplicationRunner {

  static final int FULLY_ONLINE_ITEMS = 651;
  private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);
  private static final String DEMO_EDITOR = "system";

  private final Departments departments;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json;
  private final ItemDocuments documents;
  private final FileStore files;
  private final DemoDocuments pdfs;
  private final Map<String, PendingDocument> pending = new LinkedHashMap<>();

  CatalogueDemoData(
      Departments departments,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      JsonMapper json,
      ItemDocuments documents,
      FileStore files,
      ChineseFont font) {
    this.departments = departments;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.json = json;
    this.documents = documents;
    this.files = files;
    this.pdfs = new DemoDocuments(font);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (departments.count() > 0) {
      return;
    }
    long started = System.nanoTime();
    transaction.executeWithoutResult(status -> load());
    log.info("Demo catalogue loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  record DemoDepartment(String code, String name, String office, String phone, int items) {}

  record DemoItem(String code, String departmentCode, ItemContent content) {}

  private void load() {
    List<DemoDepartment> demoDepartments =
        List.of(json.readValue(resource("demo/departments.json"), DemoDepartment[].class));
    saveDepartments(demoDepartments);

    List<DemoItem> handwritten = handwrittenItems();
    List<DemoItem> all = new ArrayList<>(handwritten);
    var defects = new DemoDefects(json, 2022);
    for (DemoItem generated :
        new GeneratedItems(demoDepartments, handwritten, this::genericFiles)
            .generate(itemNames(), FULLY_ONLINE_ITEMS)) {
      all.add(
          new DemoItem(
              generated.code(),
              generated.departmentCode(),
              defects.spoil(generated.departmentCode(), generated.content())));
    }
    saveLaws(handwritten);
    Map<String, FileRef> stored = storeDocuments();
    saveItems(
        all.stream()
            .map(i -> new DemoItem(i.code(), i.departmentCode(), i.content().mapFiles(f -> stored.get(f.id()))))
            .toList());
  }

  private void saveDepartments(List<DemoDepartment> list) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      var d = list.get(i);
      // government agencies: registration authority 1 (编制), type 1 (机关), Yingkou 210800
      String uscc = UnifiedSocialCreditCode.complete("11210800" + "MB%06d".formatted(1001 + i * 7));
      rows.add(new Object[] {d.code(), d.name(), d.office(), d.phone(), uscc, i + 1});
    }
    jdbc.batchUpdate(
        "insert into department (code, name, responsible_office, phone, uscc, sort_order) values (?, ?, ?, ?, ?, ?)",
        rows);
  }

  private List<DemoItem> handwrittenItems() {
    JsonNode array = json.readTree(resource("demo/items-handwritten.json"));
    List<DemoItem> items = new ArrayList<>();
    for (JsonNode node : array) {
      ItemContent content = json.treeToValue(node, ItemContent.class);
      items.add(
          new DemoItem(
              node.get("code").asString(),
              node.get("departmentCode").asString(),
              withDocuments(content)));
    }
    return items;
  }

  /** Gives every material of a hand-written item its own blank form and sample, and the result its sample. */
  private ItemContent withDocuments(ItemContent content) {
    List<Situation> situations = new ArrayList<>();
    for (Situation s : content.situations()) {
      List<Material> materials = new ArrayList<>();
      for (Material m : s.materials()) {
        if (m.licenseTypeCode() != null) {
          // a certificate the government issued (营业执照, 身份证…) has no blank form to fill in
          materials.add(m);
          continue;
        }
        String key = m.name();
        FileRef blank =
            cached("blank|" + key, m.name() + "（空白样表）", () -> pdfs.blankForm(content.name(), m.name(), m.formFields()));
        FileRef sample =
            cached("sample|" + key, m.name() + "（示范文本）", () -> pdfs.sample(content.name(), m.name(), m.formFields()));
        materials.add(m.withFiles(blank, sample));
      }
      situations.add(s.withMaterials(materials).withForm(s.form().isEmpty() ? StandardForms.forApplicants(content.serviceObjects()) : s.form()));
    }
    ItemContent withMaterials = content.withSituations(situations);
    if (content.result() == null) {
      return withMaterials;
    }
    String resultName = content.result().name();
    FileRef resultSample =
        cached("result|" + resultName, resultName + "（样本）", () -> pdfs.resultSample(content.name(), resultName, "营口市人民政府有关部门"));
    return withMaterials.withResult(content.result().withSample(resultSample));
  }

  /** Shared documents of the generated items: the general application form, power of attorney, result samples. */
  GeneratedItems.GenericFiles genericFiles() {
    return new GeneratedItems.GenericFiles(
        cached("g-app-blank", "政务服务事项申请表（空白样表）", () -> pdfs.blankForm("营口市政务服务事项", "政务服务事项申请表", GeneratedItems.APPLICATION_FIELDS)),
        cached("g-app-sample", "政务服务事项申请表（示范文本）", () -> pdfs.sample("营口市政务服务事项", "政务服务事项申请表", GeneratedItems.APPLICATION_FIELDS)),
        cached("g-poa-blank", "授权委托书（空白样表）", () -> pdfs.blankForm("营口市政务服务事项", "授权委托书", GeneratedItems.ATTORNEY_FIELDS)),
        cached("g-poa-sample", "授权委托书（示范文本）", () -> pdfs.sample("营口市政务服务事项", "授权委托书", GeneratedItems.ATTORNEY_FIELDS)),
        cached("g-proof-blank", "证明材料清单（空白样表）", () -> pdfs.blankForm("营口市政务服务事项", "证明材料清单", GeneratedItems.PROOF_FIELDS)),
        cached("g-proof-sample", "证明材料清单（示范文本）", () -> pdfs.sample("营口市政务服务事项", "证明材料清单", GeneratedItems.PROOF_FIELDS)),
        resultName -> cached("g-result|" + resultName, resultName + "（样本）", () -> pdfs.resultSample("营口市政务服务事项", resultName, "营口市人民政府有关部门")));
  }

  private record PendingDocument(String name, java.util.function.Supplier<byte[]> pdf) {}

  /**
   * Asks for a demo document. It is drawn later, with all the others, in parallel: the reference
   * returned carries the request's key until {@link #storeDocuments()} gives the real one.
   */
  private FileRef cached(String key, String name, java.util.function.Supplier<byte[]> pdf) {
    pending.putIfAbsent(key, new PendingDocument(name + ".pdf", pdf));
    return new FileRef(key, name + ".pdf", "application/pdf");
  }

  /** Draws every requested document (on all cores), stores them, and maps each key to its file. */
  private Map<String, FileRef> storeDocuments() {
    long started = System.nanoTime();
    Map<String, byte[]> drawn = new java.util.concurrent.ConcurrentHashMap<>();
    pending.entrySet().parallelStream().forEach(e -> drawn.put(e.getKey(), e.getValue().pdf().get()));
    log.info("Drew {} demo documents in {} ms", pending.size(), (System.nanoTime() - started) / 1_000_000);
    Map<String, FileRef> stored = new HashMap<>();
    pending.forEach(
        (key, document) -> {
          var file = files.store(drawn.get(key));
          stored.put(key, new FileRef(file.id(), document.name(), file.type().contentType()));
        });
    return stored;
  }

  private Map<String, List<GeneratedItems.Name>> itemNames() {
    Map<String, List<GeneratedItems.Name>> names = new LinkedHashMap<>();
    JsonNode root = json.readTree(resource("demo/item-names.json"));
    for (var entry : root.properties()) {
      names.put(
          entry.getKey(),
          List.of(json.treeToValue(entry.getValue(), GeneratedItems.Name[].class)));
    }
    return names;
  }

  /**
   * The law list: every law the hand-written items and the departments cite, and the general ones
   * generated items cite. Repealed regulations are deliberately not on it.
   */
  private void saveLaws(List<DemoItem> handwritten) {
    java.util.Set<String> laws = new java.util.TreeSet<>();
    for (DemoItem item : handwritten) {
      item.content().legalBasis().forEach(b -> laws.add(org.yiwang.catalog.Laws.normalise(b.law())));
      item.content().situations().stream()
          .flatMap(s -> s.materials().stream())
          .filter(m -> m.legalBasis() != null)
          .forEach(m -> laws.add(org.yiwang.catalog.Laws.normalise(m.legalBasis().law())));
    }
    DepartmentLaws.all().forEach(b -> laws.add(b.law()));
    laws.addAll(GeneratedItems.GENERAL_LAWS);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate(
        "insert into law (name, added_by, added_at) values (?, ?, ?)",
        laws.stream().filter(l -> !l.isEmpty()).map(l -> new Object[] {l, DEMO_EDITOR, now}).toList());
  }

  private void saveItems(List<DemoItem> items) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> itemRows = new ArrayList<>();
    List<Object[]> versionRows = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (DemoItem item : items) {
      if (!codes.add(item.code())) {
        throw new IllegalStateException("duplicate demo item code " + item.code());
      }
      ItemContent c = item.content();
      Baseline baseline = Baseline.before(item.code(), item.departmentCode(), c);
      itemRows.add(
          new Object[] {
            item.code(), item.departmentCode(), 1, now, baseline.steps(), baseline.materials(),
            baseline.days(), baseline.visits()
          });
      versionRows.add(
          new Object[] {
            item.code(), 1, "PUBLISHED", c.name(), c.type().name(), c.fullyOnline(), c.visits(),
            c.statutoryDays(), c.promisedDays(), documents.of(c).json(), DEMO_EDITOR, now,
            DEMO_EDITOR, now, DEMO_EDITOR, now, c.steps().size(), c.materialCount()
          });
    }
    jdbc.batchUpdate(
        "insert into service_item (code, department_code, published_version, created_at,"
            + " baseline_steps, baseline_materials, baseline_days, baseline_visits)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        itemRows);
    jdbc.batchUpdate(
        """
        insert into item_version (item_code, version_no, status, name, item_type, fully_online, visits,
          statutory_days, promised_days, content, edited_by, edited_at, submitted_by, submitted_at,
          published_by, published_at, steps_count, materials_count)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        versionRows);
  }

  /**
   * What an item asked for when Yingkou first published it (2019), before the four reductions: a
   * step, a few materials, days and a visit more, more so in departments that reformed hardest.
   */
  record Baseline(int steps, int materials, int days, int visits) {
    static Baseline before(String code, String department, ItemContent now) {
      var random = new java.util.Random(code.hashCode());
      double reform = DemoDefects.care(department);
      int steps = now.steps().size() + (random.nextDouble() < 0.6 * reform ? 1 : 0);
      int materials = now.materialCount() + (int) Math.round(random.nextDouble() * 3 * reform);
      int days =
          now.promisedDays() == 0
              ? (random.nextDouble() < 0.3 ? 3 : 0)
              : now.promisedDays() + (int) Math.ceil(now.promisedDays() * random.nextDouble() * reform);
      int visits = now.visits() + (random.nextDouble() < 0.7 * reform ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
      return new Baseline(steps, materials, Math.max(days, now.promisedDays()), visits);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = CatalogueDemoData.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
