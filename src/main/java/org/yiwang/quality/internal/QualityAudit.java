package org.yiwang.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.yiwang.catalog.DepartmentView;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemPublished;
import org.yiwang.catalog.PublicationCheck;
import org.yiwang.catalog.PublishedItem;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.quality.CatalogueQuality;
import org.yiwang.quality.DepartmentQuality;
import org.yiwang.quality.Finding;
import org.yiwang.quality.ItemQuality;
import org.yiwang.quality.QualityReport;
import org.yiwang.quality.Severity;
import org.yiwang.quality.rules.QualityRule;

/**
 * Runs the rules over the published catalogue: all of it at start and on demand, one item after
 * each publication. The latest results are kept in memory and read without waiting; they are
 * derived from the database, so each node computes its own.
 */
@Service
class QualityAudit implements CatalogueQuality, PublicationCheck {

  private static final Logger log = LoggerFactory.getLogger(QualityAudit.class);

  private final ServiceCatalog catalog;
  private final List<QualityRule> rules;
  private final MessageSource messages;
  private final Severity blocking;
  private final Map<String, ItemQuality> items = new ConcurrentHashMap<>();
  /** The version of each item the results above are for. */
  private final Map<String, Integer> auditedVersions = new ConcurrentHashMap<>();
  private volatile QualityReport report = QualityReport.notYetAudited();
  /**
   * Each department's items with findings, the lowest score first, made with the report: a
   * department's page and the export read their department's, not all of the province's items.
   */
  private volatile Map<String, List<ItemQuality>> withFindingsByDepartment = Map.of();
  /** The published versions the last reconciliation compared: the same instance means nothing changed. */
  private volatile Map<String, Integer> reconciledAgainst;

  QualityAudit(
      ServiceCatalog catalog,
      List<QualityRule> rules,
      MessageSource messages,
      @Value("${yiwang.quality.blocking-severity:BLOCKER}") Severity blocking) {
    this.catalog = catalog;
    this.rules = List.copyOf(rules);
    this.messages = messages;
    this.blocking = blocking;
  }

  /**
   * In the background: reading a province's 100,000 items takes some 20 s, and the platform must
   * not wait for a report to start serving (the report says it is not ready meanwhile).
   */
  @Async
  @EventListener(ApplicationReadyEvent.class)
  void auditAtStart() {
    auditAll();
  }

  @ApplicationModuleListener
  void on(ItemPublished published) {
    reaudit(List.of(published.itemCode()));
  }

  /** Publications made on other nodes are audited here within a minute. */
  @org.springframework.scheduling.annotation.Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void reconcile() {
    Map<String, Integer> published = catalog.publishedVersions();
    if (!report.audited() || published == reconciledAgainst) {
      // the audit at start reads every item itself; it would otherwise be redone here item by item
      return;
    }
    List<String> changed =
        published.entrySet().stream()
            .filter(e -> !e.getValue().equals(auditedVersions.get(e.getKey())))
            .map(Map.Entry::getKey)
            .toList();
    if (!changed.isEmpty()) {
      reaudit(changed);
    }
    reconciledAgainst = published;
  }

  private synchronized void reaudit(List<String> codes) {
    var context = new QualityRule.Context(catalog.knownLaws());
    Map<Object, Object> distinct = new HashMap<>();
    for (String code : codes) {
      catalog
          .publishedItem(code)
          .ifPresent(
              guide -> {
                items.put(guide.code(), audit(guide.code(), guide.departmentCode(), guide.content(), context, distinct));
                auditedVersions.put(guide.code(), guide.version());
              });
    }
    report = summarise(report.auditMillis());
  }

  @Override
  public synchronized QualityReport auditAll() {
    var context = new QualityRule.Context(catalog.knownLaws());
    long started = System.nanoTime();
    long[] auditing = {0};
    Map<String, ItemQuality> audited = new LinkedHashMap<>();
    Map<String, Integer> versions = new LinkedHashMap<>();
    Map<Object, Object> distinct = new HashMap<>();
    // item by item as they are read: a province's 100,000 documents never sit in memory at once
    catalog.forEachPublishedItem(item -> {
      long t = System.nanoTime();
      audited.put(item.code(), audit(item.code(), item.departmentCode(), item.content(), context, distinct));
      versions.put(item.code(), item.version());
      auditing[0] += System.nanoTime() - t;
    });
    long millis = auditing[0] / 1_000_000;
    long withReading = (System.nanoTime() - started) / 1_000_000;
    items.keySet().retainAll(audited.keySet());
    items.putAll(audited);
    auditedVersions.keySet().retainAll(versions.keySet());
    auditedVersions.putAll(versions);
    report = summarise(millis);
    log.info(
        "Catalogue audit: {} items, {} findings, {} rules in {} ms ({} ms with reading the items)",
        report.items(), report.findings(), rules.size(), millis, withReading);
    return report;
  }

  /**
   * The jurisdictions of a province implement the same standard items, so the same findings (and
   * whole lists of them, and names) recur across their items: each is kept once, {@code distinct}
   * holding the copy kept. With a province that is most of what the results would take in memory.
   */
  private ItemQuality audit(
      String code, String department, ItemContent content, QualityRule.Context context, Map<Object, Object> distinct) {
    List<Finding> findings = once(distinct, run(content, context).stream().map(f -> once(distinct, f)).toList());
    return new ItemQuality(
        code, once(distinct, content.name()), once(distinct, department), ItemQuality.scoreOf(findings), findings);
  }

  @SuppressWarnings("unchecked")
  private static <T> T once(Map<Object, Object> distinct, T value) {
    return value == null ? null : (T) distinct.computeIfAbsent(value, v -> v);
  }

  private List<Finding> run(ItemContent content, QualityRule.Context context) {
    List<Finding> findings = new ArrayList<>();
    for (QualityRule rule : rules) {
      try {
        findings.addAll(rule.check(content, context));
      } catch (RuntimeException e) {
        // a rule that trips over odd data still tells the administrator something is wrong
        log.warn("Quality rule {} failed on {}", rule.code(), content.name(), e);
        findings.add(new Finding(rule.code(), rule.severity(), null, "quality.rule.failed", List.of(rule.code())));
      }
    }
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule));
    return findings;
  }

  private QualityReport summarise(long millis) {
    Map<String, List<ItemQuality>> byDepartment = new TreeMap<>();
    items.values().forEach(i -> byDepartment.computeIfAbsent(i.departmentCode(), d -> new ArrayList<>()).add(i));
    List<DepartmentQuality> departments = new ArrayList<>();
    for (DepartmentView d : catalog.departments()) {
      List<ItemQuality> list = byDepartment.getOrDefault(d.code(), List.of());
      Map<String, Integer> byRule = new TreeMap<>();
      list.forEach(i -> i.findings().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum)));
      departments.add(
          new DepartmentQuality(
              d.code(), d.name(), list.size(),
              (int) list.stream().filter(i -> !i.findings().isEmpty()).count(),
              mean(list), byRule));
    }
    departments.sort(Comparator.comparing(DepartmentQuality::score).reversed().thenComparing(DepartmentQuality::code));
    Map<String, List<ItemQuality>> withFindings = new HashMap<>();
    byDepartment.forEach((code, list) -> withFindings.put(code, list.stream()
        .filter(i -> !i.findings().isEmpty())
        .sorted(Comparator.comparingInt(ItemQuality::score).thenComparing(ItemQuality::code))
        .toList()));
    withFindingsByDepartment = withFindings;
    List<ItemQuality> all = List.copyOf(items.values());
    return new QualityReport(
        mean(all), departments, all.size(), all.stream().mapToInt(i -> i.findings().size()).sum(), Instant.now(), millis);
  }

  private static BigDecimal mean(List<ItemQuality> list) {
    if (list.isEmpty()) {
      return BigDecimal.valueOf(100).setScale(1);
    }
    double sum = list.stream().mapToInt(ItemQuality::score).sum();
    return BigDecimal.valueOf(sum / list.size()).setScale(1, RoundingMode.HALF_UP);
  }

  @Override
  public QualityReport report() {
    return report;
  }

  @Override
  public Optional<ItemQuality> item(String code) {
    return Optional.ofNullable(items.get(code));
  }

  @Override
  public List<ItemQuality> itemsOfDepartment(String departmentCode) {
    return withFindingsByDepartment.getOrDefault(departmentCode, List.of());
  }

  @Override
  public List<Finding> check(ItemContent content) {
    return run(content, new QualityRule.Context(catalog.knownLaws()));
  }

  @Override
  public List<String> blockingProblems(String itemCode, String departmentCode, ItemContent content) {
    return check(content).stream()
        .filter(f -> f.severity().atLeast(blocking))
        .map(f -> f.message(messages))
        .toList();
  }
}
