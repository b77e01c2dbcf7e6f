package org.yiwang.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditLog;
import org.yiwang.catalog.CatalogueOverview;
import org.yiwang.catalog.DepartmentView;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemPublished;
import org.yiwang.catalog.Laws;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.PublicationCheck;
import org.yiwang.catalog.PublishedItem;
import org.yiwang.catalog.ReductionStats;
import org.yiwang.catalog.SearchResults;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.catalog.SituationGuides;
import org.yiwang.catalog.VersionStatus;
import org.yiwang.catalog.VersionSummary;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.files.FileStore;

@Service
@Transactional(readOnly = true)
class CatalogService implements ServiceCatalog {

  /** item_version.content holds up to a million characters; leave room for the encoding. */
  private static final int MAX_DOCUMENT_LENGTH = 900_000;

  private final Departments departments;
  private final ServiceItems items;
  private final ItemVersions versions;
  private final ItemDocuments documents;
  private final ItemSearchIndex index;
  private final FileStore files;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  // looked up when publishing: the checks (the quality audit) read the catalogue themselves
  private final org.springframework.beans.factory.ObjectProvider<PublicationCheck> checks;
  private final GuideCache guides;
  private final TransactionTemplate reading;
  private final PublishedVersions publishedVersions;
  private final CatalogueFigures figures;

  CatalogService(
      Departments departments,
      ServiceItems items,
      ItemVersions versions,
      ItemDocuments documents,
      ItemSearchIndex index,
      FileStore files,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      AuditLog audit,
      org.springframework.beans.factory.ObjectProvider<PublicationCheck> checks,
      GuideCache guides,
      PublishedVersions publishedVersions,
      CatalogueFigures figures,
      PlatformTransactionManager transactions) {
    this.publishedVersions = publishedVersions;
    this.figures = figures;
    this.guides = guides;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.departments = departments;
    this.items = items;
    this.versions = versions;
    this.documents = documents;
    this.index = index;
    this.files = files;
    this.jdbc = jdbc;
    this.events = events;
    this.audit = audit;
    this.checks = checks;
  }

  @Override
  public List<DepartmentView> departments() {
    Map<String, Published> counts = publishedCounts();
    return departments.findAllByOrderBySortOrder().stream()
        .map(d -> view(d, counts.getOrDefault(d.code(), Published.NONE)))
        .toList();
  }

  @Override
  public Optional<DepartmentView> department(String code) {
    return departments.findById(code).map(d -> view(d, publishedCounts().getOrDefault(code, Published.NONE)));
  }

  private static DepartmentView view(Department d, Published counts) {
    return new DepartmentView(
        d.code(), d.name(), d.responsibleOffice(), d.phone(), d.uscc(), counts.items(), counts.fullyOnline());
  }

  /** A department's published items, and how many of them are fully online. */
  private record Published(long items, long fullyOnline) {
    static final Published NONE = new Published(0, 0);
  }

  /** Per department, kept until the published catalogue changes. */
  private Map<String, Published> publishedCounts() {
    return figures.get(CatalogueFigures.PUBLISHED_COUNTS, this::readPublishedCounts);
  }

  private Map<String, Published> readPublishedCounts() {
    Map<String, Published> counts = new HashMap<>();
    jdbc.sql(
            """
            select i.department_code, count(*),
                   sum(case when v.fully_online then 1 else 0 end)
            from service_item i
            join item_version v on v.item_code = i.code and v.version_no = i.published_version
            group by i.department_code""")
        .query(
            rs -> {
              counts.put(rs.getString(1), new Published(rs.getLong(2), rs.getLong(3)));
            });
    return Map.copyOf(counts);
  }

  // no transaction on a cache hit; a miss reads in one (joining the caller's, if any): reading
  // outside one, each repository call took its own connection while the first was still held, and
  // concurrent misses starved the pool
  @Override
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Optional<ItemGuide> publishedItem(String code) {
    return guides.published(code, () -> reading.execute(status -> items
        .findById(code)
        .filter(i -> i.publishedVersion() != null)
        .flatMap(i -> itemVersion(code, i.publishedVersion()))));
  }

  @Override
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Optional<ItemGuide> itemVersion(String code, int version) {
    return guides.version(code, version, () -> reading.execute(status -> items
        .findById(code)
        .flatMap(
            item ->
                versions
                    .findByItemCodeAndVersionNo(code, version)
                    .map(v -> guide(item, v)))));
  }

  private ItemGuide guide(ServiceItem item, ItemVersion version) {
    String departmentName =
        departments.findById(item.departmentCode()).map(Department::name).orElse("");
    return new ItemGuide(
        item.code(),
        item.departmentCode(),
        departmentName,
        version.versionNo(),
        version.status(),
        version.publishedAt(),
        documents.read(version.content()));
  }

  @Override
  public List<VersionSummary> history(String code) {
    item(code); // an unknown item is not found, not an empty history
    return versions.historyOf(code);
  }

  @Override
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED) // the index only
  public SearchResults search(ItemQuery query) {
    return index.search(query);
  }

  @Override
  public CatalogueOverview overview() {
    long departmentCount = departments.count();
    long itemCount = 0;
    long fullyOnline = 0;
    for (Published c : publishedCounts().values()) {
      itemCount += c.items();
      fullyOnline += c.fullyOnline();
    }
    BigDecimal rate =
        itemCount == 0
            ? BigDecimal.ZERO.setScale(2)
            : BigDecimal.valueOf(fullyOnline * 100)
                .divide(BigDecimal.valueOf(itemCount), 2, RoundingMode.HALF_UP);
    return new CatalogueOverview(departmentCount, itemCount, fullyOnline, rate);
  }

  @Override
  public Optional<DownloadableFile> publishedFile(String itemCode, String fileId) {
    return publishedItem(itemCode).flatMap(g -> fileOf(g.content(), fileId));
  }

  @Override
  public Optional<DownloadableFile> versionFile(String itemCode, int version, String fileId) {
    return itemVersion(itemCode, version).flatMap(g -> fileOf(g.content(), fileId));
  }

  private Optional<DownloadableFile> fileOf(ItemContent content, String fileId) {
    return content
        .files()
        .filter(f -> f.id().equals(fileId))
        .findFirst()
        .flatMap(ref -> files.find(ref.id()).map(f -> new DownloadableFile(ref, files.read(f))));
  }

  private static final String PUBLISHED_ITEMS =
      """
      select i.code, i.department_code, d.name, v.version_no, v.content
      from service_item i
      join item_version v on v.item_code = i.code and v.version_no = i.published_version
      join department d on d.code = i.department_code
      order by d.sort_order, i.code""";

  @Override
  public List<PublishedItem> publishedItems() {
    List<PublishedItem> all = new java.util.ArrayList<>();
    forEachPublishedItem(all::add);
    return all;
  }

  @Override
  public void forEachPublishedItem(java.util.function.Consumer<PublishedItem> action) {
    // a fetch size inside the (read-only) transaction makes PostgreSQL stream the rows
    try (var rows =
        jdbc.sql(PUBLISHED_ITEMS)
            .withFetchSize(200)
            .query(
                (rs, n) ->
                    new PublishedItem(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), documents.read(rs.getString(5))))
            .stream()) {
      rows.forEach(action);
    }
  }

  @Override
  public Map<String, Integer> publishedVersions() {
    return publishedVersions.current();
  }

  @Override
  public long figuresRevision() {
    return figures.revision();
  }

  @Override
  public ReductionStats reductions() {
    return figures.get(CatalogueFigures.REDUCTIONS, this::readReductions);
  }

  private ReductionStats readReductions() {
    List<ReductionStats.Department> perDepartment = new java.util.ArrayList<>();
    jdbc.sql(
            """
            select d.code, d.name,
                   coalesce(sum(i.baseline_steps), 0), coalesce(sum(v.steps_count), 0),
                   coalesce(sum(i.baseline_materials), 0), coalesce(sum(v.materials_count), 0),
                   coalesce(sum(i.baseline_days), 0), coalesce(sum(v.promised_days), 0),
                   coalesce(sum(i.baseline_visits), 0), coalesce(sum(v.visits), 0)
            from department d
            left join service_item i on i.department_code = d.code and i.published_version is not null
            left join item_version v on v.item_code = i.code and v.version_no = i.published_version
            group by d.code, d.name, d.sort_order
            order by d.sort_order""")
        .query(
            rs -> {
              perDepartment.add(
                  new ReductionStats.Department(
                      rs.getString(1),
                      rs.getString(2),
                      new ReductionStats.Measure(rs.getLong(3), rs.getLong(4)),
                      new ReductionStats.Measure(rs.getLong(5), rs.getLong(6)),
                      new ReductionStats.Measure(rs.getLong(7), rs.getLong(8)),
                      new ReductionStats.Measure(rs.getLong(9), rs.getLong(10))));
            });
    return new ReductionStats(
        sum(perDepartment, ReductionStats.Department::steps),
        sum(perDepartment, ReductionStats.Department::materials),
        sum(perDepartment, ReductionStats.Department::days),
        sum(perDepartment, ReductionStats.Department::visits),
        List.copyOf(perDepartment));
  }

  private static ReductionStats.Measure sum(
      List<ReductionStats.Department> departments,
      java.util.function.Function<ReductionStats.Department, ReductionStats.Measure> measure) {
    long before = 0;
    long after = 0;
    for (var d : departments) {
      before += measure.apply(d).before();
      after += measure.apply(d).after();
    }
    return new ReductionStats.Measure(before, after);
  }

  @Override
  public java.util.Set<String> knownLaws() {
    return new java.util.HashSet<>(jdbc.sql("select name from law").query(String.class).list());
  }

  @Override
  @Transactional
  public void addLaw(String name, String by) {
    String law = Laws.normalise(name);
    if (law.isEmpty() || law.length() > 200) {
      throw BusinessRuleException.badRequest("name", "catalog.law.invalid");
    }
    if (!knownLaws().contains(law)) {
      jdbc.sql("insert into law (name, added_by, added_at) values (?, ?, ?)")
          .params(law, by, java.time.OffsetDateTime.now())
          .update();
      audit.record(by, "LAW_ADDED", "law:" + law, "");
    }
  }

  // --- editing ---

  @Override
  public List<VersionSummary> itemsForEditing(String departmentCode) {
    return versions.newestOfDepartment(departmentCode);
  }

  @Override
  public ItemGuide editableVersion(String code) {
    ServiceItem item = item(code);
    ItemVersion newest =
        versions
            .findFirstByItemCodeOrderByVersionNoDesc(code)
            .orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    if (newest.status() == VersionStatus.SUBMITTED) {
      throw BusinessRuleException.conflict("catalog.version.awaiting", code, newest.versionNo());
    }
    return guide(item, newest);
  }

  @Override
  @Transactional
  public ItemGuide openDraft(String code, String editor) {
    ServiceItem item = item(code);
    ItemVersion newest =
        versions
            .findFirstByItemCodeOrderByVersionNoDesc(code)
            .orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    if (newest.status() == VersionStatus.DRAFT) {
      return guide(item, newest);
    }
    if (newest.status() == VersionStatus.SUBMITTED) {
      throw BusinessRuleException.conflict("catalog.version.awaiting", code, newest.versionNo());
    }
    var draft =
        new ItemVersion(
            code,
            newest.versionNo() + 1,
            documents.of(documents.read(newest.content())),
            editor);
    return guide(item, versions.save(draft));
  }

  @Override
  @Transactional
  public ItemGuide saveDraft(String code, ItemContent content, String editor) {
    ServiceItem item = item(code);
    // the editors check this field by field first; this keeps a guide from ever pointing nowhere
    List<SituationGuides.Problem> guideProblems =
        SituationGuides.validate(content.guide(), SituationGuides.codes(content));
    if (!guideProblems.isEmpty()) {
      var first = guideProblems.get(0);
      throw BusinessRuleException.badRequest(first.field(), first.messageCode(), first.args().toArray());
    }
    openDraft(code, editor); // saving is what opens a draft: viewing the editor changes nothing
    ItemVersion draft = openDraftVersion(code);
    ItemDocument document = documents.of(content);
    if (document.json().length() > MAX_DOCUMENT_LENGTH) {
      throw BusinessRuleException.badRequest(null, "catalog.document.tooLarge");
    }
    draft.edit(document, editor);
    audit.record(editor, "ITEM_DRAFT_SAVED", "item:" + code, "version " + draft.versionNo());
    return guide(item, draft);
  }

  @Override
  @Transactional
  public void submitDraft(String code, String editor) {
    ItemVersion draft = openDraftVersion(code);
    draft.submit(editor);
    audit.record(editor, "ITEM_SUBMITTED", "item:" + code, "version " + draft.versionNo());
  }

  private ItemVersion openDraftVersion(String code) {
    return versions
        .findFirstByItemCodeOrderByVersionNoDesc(code)
        .filter(v -> v.status() == VersionStatus.DRAFT)
        .orElseThrow(() -> BusinessRuleException.conflict("catalog.version.no.draft", code));
  }

  @Override
  public List<VersionSummary> awaitingPublication() {
    return versions.awaitingPublication();
  }

  @Override
  @Transactional
  public void publish(String code, int version, String publisher) {
    ServiceItem item = item(code);
    ItemVersion next =
        versions
            .findByItemCodeAndVersionNo(code, version)
            .orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    ItemContent content = documents.read(next.content());
    List<String> problems =
        checks.orderedStream()
            .flatMap(c -> c.blockingProblems(code, item.departmentCode(), content).stream())
            .toList();
    if (!problems.isEmpty()) {
      throw BusinessRuleException.conflict(
          "catalog.publication.blocked", code, String.join("；", problems));
    }
    next.publish(publisher);
    if (item.publishedVersion() != null) {
      versions
          .findByItemCodeAndVersionNo(code, item.publishedVersion())
          .ifPresent(ItemVersion::supersede);
    }
    item.showVersion(next);
    audit.record(publisher, "ITEM_PUBLISHED", "item:" + code, "version " + version);
    events.publishEvent(new ItemPublished(code, version, item.departmentCode()));
  }

  @Override
  @Transactional
  public void returnToDraft(String code, int version, String note, String reviewer) {
    versions
        .findByItemCodeAndVersionNo(code, version)
        .orElseThrow(() -> new NotFoundException("catalog.item.unknown", code))
        .returnToDraft(note);
    audit.record(reviewer, "ITEM_RETURNED", "item:" + code, "version " + version + ": " + note);
  }

  @Override
  @Transactional
  public ItemContent.FileRef storeFile(byte[] bytes, String originalName) {
    var stored = files.store(bytes);
    return new ItemContent.FileRef(
        stored.id(), FileNames.downloadName(originalName, stored.type()), stored.type().contentType());
  }

  private ServiceItem item(String code) {
    return items.findById(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
  }
}
