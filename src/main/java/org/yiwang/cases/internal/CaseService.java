package org.yiwang.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditLog;
import org.yiwang.cases.CaseCompleted;
import org.yiwang.cases.CaseReceipt;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.CaseStatusChanged;
import org.yiwang.cases.CaseSummary;
import org.yiwang.cases.CaseView;
import org.yiwang.cases.Cases;
import org.yiwang.cases.Correction;
import org.yiwang.cases.InboxEntry;
import org.yiwang.cases.NoticeKind;
import org.yiwang.cases.Progress;
import org.yiwang.cases.TimeLight;
import org.yiwang.cases.internal.CaseEvent.Kind;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FormField;
import org.yiwang.catalog.ItemContent.Material;
import org.yiwang.catalog.ItemContent.ServiceObject;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.Paging;
import org.yiwang.shared.db.TimeOrderedIds;
import org.yiwang.shared.files.FileStore;
import org.yiwang.shared.files.FileType;
import org.yiwang.shared.files.StoredFile;
import org.yiwang.shared.id.Masking;
import org.yiwang.workflow.CaseProcesses;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.CompletedStep;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;
import org.yiwang.workflow.WorkTask;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class CaseService implements Cases {

  private static final Set<Role> HANDLERS = EnumSet.of(Role.WINDOW, Role.APPROVER, Role.SUPERVISOR);
  static final int MAX_OPINION = 2000;

  private final ApplicationCases cases;
  private final CaseMaterials materials;
  private final CaseEvents events;
  private final ServiceCatalog catalog;
  private final CaseProcesses processes;
  private final TimeLimits limits;
  private final CaseNumbers numbers;
  private final IdempotencyKeys keys;
  private final FileStore files;
  private final Accounts accounts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final NoticePdfs notices;
  private final long maxUploadBytes;
  private final String comprehensiveWindow;
  private final org.springframework.beans.factory.ObjectProvider<org.yiwang.cases.HeldLicenses> heldLicenses;
  private final LicenseReuseCount reuseCount;
  private final CaseSummaryColumns summaryColumns;

  CaseService(
      ApplicationCases cases,
      CaseMaterials materials,
      CaseEvents events,
      ServiceCatalog catalog,
      CaseProcesses processes,
      TimeLimits limits,
      CaseNumbers numbers,
      IdempotencyKeys keys,
      FileStore files,
      Accounts accounts,
      AuditLog audit,
      ApplicationEventPublisher publisher,
      Clock clock,
      JsonMapper json,
      PlatformTransactionManager transactions,
      NoticePdfs notices,
      @Value("${yiwang.cases.max-upload-bytes:10485760}") long maxUploadBytes,
      @Value("${yiwang.workflow.comprehensive-window:yshj}") String comprehensiveWindow,
      org.springframework.beans.factory.ObjectProvider<org.yiwang.cases.HeldLicenses> heldLicenses,
      LicenseReuseCount reuseCount,
      CaseSummaryColumns summaryColumns) {
    this.heldLicenses = heldLicenses;
    this.reuseCount = reuseCount;
    this.summaryColumns = summaryColumns;
    this.cases = cases;
    this.materials = materials;
    this.events = events;
    this.catalog = catalog;
    this.processes = processes;
    this.limits = limits;
    this.numbers = numbers;
    this.keys = keys;
    this.files = files;
    this.accounts = accounts;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.notices = notices;
    this.maxUploadBytes = maxUploadBytes;
    this.comprehensiveWindow = comprehensiveWindow;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // --- creating ---

  @Override
  public CaseReceipt create(
      CurrentUser actor, String itemCode, String situationCode, Map<String, ?> form, String idempotencyKey) {
    if (actor.isStaff()) {
      throw BusinessRuleException.forbidden("cases.applicantsOnly");
    }
    prepareProcess(itemCode);
    return idempotent(actor, idempotencyKey, "create", () -> newCase(actor, actor, null, itemCode, situationCode, form));
  }

  @Override
  public CaseView createOnBehalf(CurrentUser staff, String applicantIdNumber, String itemCode, String situationCode) {
    if (!staff.has(Role.WINDOW)) {
      throw BusinessRuleException.forbidden("cases.assist.windowOnly");
    }
    CurrentUser applicant =
        accounts
            .findApplicant(applicantIdNumber)
            .orElseThrow(() -> BusinessRuleException.badRequest("applicantIdNumber", "cases.assist.noAccount"));
    prepareProcess(itemCode);
    return transaction.execute(
        status -> {
          String id = newCase(staff, applicant, staff.username(), itemCode, situationCode, Map.of());
          audit.record(staff.username(), "case.assist", id, "为申请人 " + applicant.idNumberMasked() + " 代办");
          return view(staff, id);
        });
  }

  /**
   * Deploys the item's process, if it is not yet, before the case's transaction holds a connection:
   * deploying inside it took a second connection, and as many first applicants of a new item as the
   * pool has connections starved it (a missing or unknown item is refused later, with its field).
   */
  private void prepareProcess(String itemCode) {
    if (itemCode != null && !itemCode.isBlank()) {
      catalog.publishedItem(itemCode).ifPresent(item -> processes.prepare(item.code(), item.version()));
    }
  }

  /**
   * Runs a creating operation once per key: a repeated key gives the first result. The key is looked
   * up in the operation's own transaction (a lookup before it cost a connection and a round trip of
   * its own on every request); a concurrent request with the key fails and then reads the first
   * one's result, committed by then.
   */
  private CaseReceipt idempotent(CurrentUser actor, String rawKey, String operation, java.util.function.Supplier<String> work) {
    String key = IdempotencyKeys.valid(rawKey);
    try {
      return transaction.execute(
          status -> {
            Optional<String> earlier = key == null ? Optional.empty() : keys.find(actor.username(), key, operation);
            if (earlier.isPresent()) {
              return receipt(readable(actor, earlier.get()));
            }
            String caseId = work.get();
            if (key != null) {
              keys.record(actor.username(), key, operation, caseId, now());
            }
            return receipt(cases.findById(caseId).orElseThrow());
          });
    } catch (DataIntegrityViolationException | OptimisticLockingFailureException | BusinessRuleException e) {
      // a concurrent request with the same key committed first (this one then fails on the key's
      // insert, on the case's version or on finding it no longer a draft): its result is the answer
      if (key != null) {
        Optional<String> first = keys.find(actor.username(), key, operation);
        if (first.isPresent()) {
          return receipt(actor, first.get());
        }
      }
      throw e;
    }
  }

  private CaseReceipt receipt(CurrentUser actor, String caseId) {
    return transaction.execute(status -> receipt(readable(actor, caseId)));
  }

  private static CaseReceipt receipt(ApplicationCase c) {
    return new CaseReceipt(c.id(), c.number(), c.status(), c.acceptDeadline(), c.decisionDeadline());
  }

  private String newCase(
      CurrentUser actor, CurrentUser applicant, String assistedBy, String itemCode, String situationCode, Map<String, ?> form) {
    if (itemCode == null || itemCode.isBlank()) {
      throw BusinessRuleException.badRequest("itemCode", "cases.item.required");
    }
    ItemGuide item =
        catalog.publishedItem(itemCode).orElseThrow(() -> BusinessRuleException.badRequest("itemCode", "cases.item.unknown", itemCode));
    Situation situation =
        item.content()
            .situation(situationCode)
            .orElseThrow(() -> BusinessRuleException.badRequest("situationCode", "cases.situation.unknown", String.valueOf(situationCode)));
    ServiceObject kind = applicant.type() == AccountType.ENTERPRISE ? ServiceObject.ENTERPRISE : ServiceObject.PERSON;
    if (!item.content().serviceObjects().isEmpty() && !item.content().serviceObjects().contains(kind)) {
      throw BusinessRuleException.badRequest("itemCode", "cases.item.notForApplicant." + kind.name());
    }
    Map<String, String> values = ApplicationForms.clean(situation.form(), form);
    List<Violation> problems = ApplicationForms.check(situation.form(), values, false);
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(400, problems);
    }
    String masked = applicant.idNumberMasked() == null ? "" : applicant.idNumberMasked();
    String last4 = masked.length() >= 4 ? masked.substring(masked.length() - 4) : "";
    var entity =
        new ApplicationCase(
            TimeOrderedIds.next(),
            numbers.next(today()),
            item.code(),
            item.version(),
            item.content().name(),
            item.departmentCode(),
            situation.code(),
            situation.name(),
            new ApplicationCase.Applicant(applicant.username(), applicant.name(), applicant.type().name(), masked, last4),
            assistedBy,
            write(values),
            now());
    cases.save(entity);
    record(entity, Kind.CREATED, null, actor, null);
    return entity.id();
  }

  // --- the applicant's edits ---

  @Override
  @Transactional
  public CaseView saveForm(CurrentUser actor, String caseId, Map<String, ?> form) {
    ApplicationCase c = editable(actor, caseId);
    List<FormField> fields = situation(c).form();
    Map<String, String> values = ApplicationForms.clean(fields, form);
    List<Violation> problems = ApplicationForms.check(fields, values, false);
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(400, problems);
    }
    c.updateForm(write(values), now());
    return view(actor, caseId);
  }

  @Override
  @Transactional
  public CaseView.MaterialSlot attach(CurrentUser actor, String caseId, String materialCode, byte[] bytes, String originalName) {
    ApplicationCase c = editable(actor, caseId);
    Situation situation = situation(c);
    Material slot = materialCode == null ? null : situation.material(materialCode).orElse(null);
    if (slot == null) {
      throw BusinessRuleException.badRequest("materialCode", "cases.material.unknown", String.valueOf(materialCode));
    }
    FileType type = MaterialFiles.check(bytes, maxUploadBytes);
    StoredFile stored = files.store(bytes);
    CaseMaterial material =
        materials.findByCaseIdAndMaterialCode(caseId, materialCode).orElseGet(() -> new CaseMaterial(caseId, materialCode));
    if (material.licenseIdentifier() != null) {
      reuseCount.changedAfterCommit();
    }
    material.replace(stored.id(), type.contentType(), stored.size(), MaterialFiles.displayName(originalName, type), actor.username(), now());
    materials.save(material);
    c.touch(now());
    return slot(slot, material, material.displayName(), material.licenseIdentifier());
  }

  /** A material of the situation as the case holds it (a file, a license standing in, or nothing yet). */
  private static CaseView.MaterialSlot slot(Material m, CaseMaterial file, String name, String license) {
    return new CaseView.MaterialSlot(
        m.code(), m.name(), m.required(), name,
        file == null ? null : file.contentType(),
        file == null ? 0 : file.size(),
        file == null ? null : file.uploadedAt(),
        license);
  }

  @Override
  public CaseReceipt submit(CurrentUser actor, String caseId, String idempotencyKey) {
    return idempotent(actor, idempotencyKey, "submit", () -> doSubmit(actor, caseId));
  }

  private String doSubmit(CurrentUser actor, String caseId) {
    ApplicationCase c = editable(actor, caseId);
    Situation situation = situation(c);
    List<Violation> problems = new ArrayList<>(ApplicationForms.check(situation.form(), form(c), true));
    Set<String> uploaded = materials.findByCaseId(caseId).stream().map(CaseMaterial::materialCode).collect(Collectors.toSet());
    for (Material m : situation.materials()) {
      if (uploaded.contains(m.code())) {
        continue;
      }
      var held = held(c, m);
      if (held.isPresent()) {
        // 减材料: the license the applicant holds stands in for the paper, and the case records which
        var byLicense = new CaseMaterial(caseId, m.code());
        byLicense.provideByLicense(held.get().identifier(), held.get().name(), actor.username(), now());
        materials.save(byLicense);
        reuseCount.changedAfterCommit();
      } else if (m.required()) {
        problems.add(new Violation("materials." + m.code(), "cases.material.missing", m.name()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(400, problems);
    }
    boolean resubmission = c.status() == CaseStatus.CORRECTION_REQUESTED;
    c.submit(now(), limits.acceptBy(today()));
    if (resubmission) {
      processes.resumeAfterCorrection(caseId);
      processes.setDueDate(caseId, c.acceptDeadline());
    } else {
      processes.start(c.itemCode(), c.itemVersion(), caseId, c.acceptDeadline());
    }
    record(c, resubmission ? Kind.RESUBMITTED : Kind.SUBMITTED, null, actor, null);
    changed(c, null);
    return caseId;
  }

  @Override
  @Transactional
  public CaseView withdraw(CurrentUser actor, String caseId, String reason) {
    ApplicationCase c = readable(actor, caseId);
    if (!actor.username().equals(c.applicantUsername())) {
      throw BusinessRuleException.forbidden("cases.withdraw.applicantOnly");
    }
    CaseStatus before = c.status();
    c.withdraw(now());
    if (before != CaseStatus.DRAFT) {
      processes.cancel(caseId, "withdrawn");
    }
    record(c, Kind.WITHDRAWN, null, actor, limit(reason));
    changed(c, reason);
    return view(actor, caseId);
  }

  // --- reading ---

  @Override
  @Transactional // not read-only: a member of staff's read is written to the audit log
  public CaseView view(CurrentUser actor, String caseId) {
    ApplicationCase c = readable(actor, caseId);
    if (actor.isStaff() && !actor.username().equals(c.assistedBy())) {
      audit.record(actor.username(), "case.view", c.number(), "查看办件 " + c.applicantIdMasked());
    }
    return toView(c);
  }

  private CaseView toView(ApplicationCase c) {
    Situation situation = situation(c);
    Map<String, CaseMaterial> uploaded =
        materials.findByCaseId(c.id()).stream().collect(Collectors.toMap(CaseMaterial::materialCode, Function.identity()));
    List<CaseView.MaterialSlot> slots = new ArrayList<>();
    for (Material m : situation.materials()) {
      CaseMaterial file = uploaded.get(m.code());
      String license = file == null ? null : file.licenseIdentifier();
      String name = file == null ? null : file.displayName();
      if (file == null && c.editable()) {
        var held = held(c, m);
        if (held.isPresent()) {
          license = held.get().identifier();
          name = held.get().name();
        }
      }
      slots.add(slot(m, file, name, license));
    }
    List<CaseEvent> history = events.findByCaseIdOrderByIdAsc(c.id());
    List<CaseView.TimelineEntry> timeline =
        history.stream()
            .map(e -> new CaseView.TimelineEntry(e.occurredAt(), e.kind().name(), e.stepName(), e.actorName(), e.opinion(), e.status()))
            .toList();
    List<WorkTask> open = c.status().closed() || c.status() == CaseStatus.DRAFT ? List.of() : processes.openTasks(c.id());
    return new CaseView(
        c.id(), c.number(), c.itemCode(), c.itemVersion(), c.itemName(), c.departmentCode(),
        c.situationCode(), c.situationName(), c.applicantName(), c.applicantIdMasked(), c.assistedBy(),
        c.status(), situation.form(), ApplicationForms.masked(situation.form(), form(c)), slots,
        c.status() == CaseStatus.CORRECTION_REQUESTED ? corrections(c) : List.of(),
        c.correctionDeadline(), c.submittedAt(), c.acceptDeadline(), c.decisionDeadline(),
        c.clockStoppedSince(), c.extendedDays(), light(c), timeline, open, noticesOf(c, history), c.createdAt());
  }

  private TimeLight light(ApplicationCase c) {
    return light(CaseSummaryColumns.Columns.of(c));
  }

  private TimeLight light(CaseSummaryColumns.Columns c) {
    LocalDate deadline = c.status() == CaseStatus.SUBMITTED ? c.acceptDeadline() : c.decisionDeadline();
    return limits.light(c.status(), deadline, c.clockStoppedSince() != null, today());
  }

  private CaseSummary summary(ApplicationCase c) {
    return summary(CaseSummaryColumns.Columns.of(c));
  }

  private CaseSummary summary(CaseSummaryColumns.Columns c) {
    LocalDate deadline =
        c.status() == CaseStatus.SUBMITTED ? c.acceptDeadline() : c.status() == CaseStatus.ACCEPTED ? c.decisionDeadline() : null;
    return new CaseSummary(
        c.id(), c.number(), c.itemName(), c.situationName(), c.departmentCode(), c.applicantName(),
        c.status(), c.createdAt(), c.submittedAt(), deadline, light(c));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseSummary> mine(CurrentUser applicant, int page, int size) {
    int pageSize = Math.min(Math.max(size, 1), 100);
    int offset = (int) Math.min((long) Math.max(page, 0) * pageSize, Integer.MAX_VALUE);
    return summaryColumns.pageOfApplicant(applicant.username(), offset, pageSize).stream().map(this::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Progress> progress(String number, String idLast4) {
    if (number == null || idLast4 == null || idLast4.strip().length() != 4) {
      return Optional.empty();
    }
    return cases
        .findByNumber(number.strip().toUpperCase())
        .filter(c -> c.status() != CaseStatus.DRAFT)
        .filter(c -> c.applicantIdLast4().equalsIgnoreCase(idLast4.strip()))
        .map(
            c ->
                new Progress(
                    c.number(),
                    c.itemName(),
                    Masking.personName(c.applicantName()),
                    c.status(),
                    summary(c).deadline(),
                    events.findByCaseIdOrderByIdAsc(c.id()).stream()
                        .filter(e -> e.kind() != Kind.CREATED)
                        .map(e -> new Progress.Step(e.occurredAt(), e.kind().name(), e.stepName(), e.status()))
                        .toList()));
  }

  /** A valid e-license of the applicant that the material names, if the library has one. */
  private Optional<org.yiwang.cases.HeldLicenses.HeldLicense> held(ApplicationCase c, Material m) {
    if (m.licenseTypeCode() == null || m.licenseTypeCode().isBlank()) {
      return Optional.empty();
    }
    var library = heldLicenses.getIfAvailable();
    return library == null ? Optional.empty() : library.valid(c.applicantUsername(), m.licenseTypeCode());
  }

  @Override
  @Transactional // not read-only: a member of staff's read is written to the audit log
  public MaterialFile material(CurrentUser actor, String caseId, String materialCode) {
    ApplicationCase c = readable(actor, caseId);
    CaseMaterial m =
        materials.findByCaseIdAndMaterialCode(caseId, materialCode).orElseThrow(() -> new NotFoundException("cases.material.notFound"));
    if (m.licenseIdentifier() != null) {
      var library = heldLicenses.getIfAvailable();
      byte[] pdf =
          library == null
              ? null
              : library.readForCase(m.licenseIdentifier(), c.applicantUsername(), c.number(), actor).orElse(null);
      if (pdf == null) {
        throw new NotFoundException("cases.material.notFound");
      }
      return new MaterialFile(new StoredFile(m.licenseIdentifier(), FileType.PDF, pdf.length), m.displayName() + ".pdf", pdf);
    }
    StoredFile file = files.find(m.fileId()).orElseThrow(() -> new NotFoundException("cases.material.notFound"));
    if (actor.isStaff()) {
      audit.record(actor.username(), "case.material.read", caseId, materialCode);
    }
    return new MaterialFile(file, m.displayName(), files.read(file));
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] notice(CurrentUser actor, String caseId, NoticeKind kind) {
    ApplicationCase c = readable(actor, caseId);
    List<CaseEvent> history = events.findByCaseIdOrderByIdAsc(caseId);
    if (!noticesOf(c, history).contains(kind)) {
      throw new NotFoundException("cases.notice.notIssued");
    }
    ItemGuide item = catalog.itemVersion(c.itemCode(), c.itemVersion()).orElseThrow();
    String departmentName = catalog.department(c.departmentCode()).map(d -> d.name()).orElse(item.departmentName());
    return notices.draw(kind, new NoticePdfs.NoticeData(c, item, departmentName, corrections(c), history));
  }

  private static List<NoticeKind> noticesOf(ApplicationCase c, List<CaseEvent> history) {
    List<NoticeKind> issued = new ArrayList<>();
    Set<Kind> kinds = history.stream().map(CaseEvent::kind).collect(Collectors.toSet());
    if (kinds.contains(Kind.ACCEPTED)) {
      issued.add(NoticeKind.ACCEPTANCE);
    }
    if (kinds.contains(Kind.CORRECTION_REQUESTED)) {
      issued.add(NoticeKind.CORRECTION);
    }
    if (kinds.contains(Kind.REFUSED)) {
      issued.add(NoticeKind.REFUSAL);
    }
    if (kinds.contains(Kind.DENIED)) {
      issued.add(NoticeKind.DENIAL);
    }
    if (kinds.contains(Kind.APPROVED)) {
      issued.add(NoticeKind.APPROVAL);
    }
    return issued;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<org.yiwang.cases.CompletedCase> completed(String caseId) {
    return cases
        .findById(caseId)
        .filter(c -> c.status() == CaseStatus.COMPLETED)
        .map(
            c ->
                new org.yiwang.cases.CompletedCase(
                    c.id(), c.number(), c.itemCode(), c.itemVersion(), c.departmentCode(), c.applicantUsername(),
                    c.applicantName(), c.applicantType(), form(c), c.completedAt()));
  }

  /** No transaction of its own: a kept count needs none, and a count runs in the repository's read-only one. */
  @Override
  public long materialsProvidedByLicense() {
    return reuseCount.get(materials::countProvidedByLicense);
  }

  // --- staff ---

  @Override
  @Transactional(readOnly = true)
  public List<InboxEntry> inbox(CurrentUser staff, InboxFilter filter, int page, int size) {
    List<WorkTask> tasks = processes.inbox(staff, filter, page, size);
    Map<String, CaseSummaryColumns.Columns> byId =
        summaryColumns.byIds(tasks.stream().map(WorkTask::caseId).distinct().toList()).stream()
            .collect(Collectors.toMap(CaseSummaryColumns.Columns::id, Function.identity()));
    return tasks.stream()
        .filter(t -> byId.containsKey(t.caseId()))
        .map(t -> new InboxEntry(t, summary(byId.get(t.caseId()))))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long inboxCount(CurrentUser staff, InboxFilter filter) {
    return processes.inboxCount(staff, filter);
  }

  @Override
  @Transactional
  public void claim(CurrentUser staff, String taskId) {
    processes.claim(taskId, staff);
  }

  @Override
  @Transactional
  public CaseReceipt completeTask(
      CurrentUser staff, String taskId, TaskAction action, String opinion, List<Correction> corrections) {
    if (action == null) {
      throw BusinessRuleException.badRequest("action", "cases.task.action.required");
    }
    WorkTask task = processes.handleable(taskId, staff);
    ApplicationCase c = cases.lockById(task.caseId()).orElseThrow(() -> new NotFoundException("cases.notFound"));
    String reason = opinion == null ? null : opinion.strip();
    if (reason != null && reason.length() > MAX_OPINION) {
      throw BusinessRuleException.badRequest("opinion", "cases.opinion.tooLong", MAX_OPINION);
    }
    if ((action == TaskAction.REFUSE || action == TaskAction.DENY) && (reason == null || reason.isEmpty())) {
      throw BusinessRuleException.badRequest("opinion", "cases.opinion.reasonRequired");
    }
    List<Correction> checked = action == TaskAction.REQUEST_CORRECTION ? checkCorrections(c, corrections) : List.of();
    // asked before the case changes (the engine asks again when it completes the task)
    if (!task.kind().allows(action)) {
      throw BusinessRuleException.badRequest("action", "workflow.task.actionNotAllowed", action.name(), task.name());
    }

    // the case first, then the engine: the tasks the step leads to are created due on the case's
    // decision deadline as it stands after this step (the clock restarted, say)
    OffsetDateTime now = now();
    LocalDate today = today();
    CaseStatus before = c.status();
    switch (action) {
      case ACCEPT -> {
        c.accept(now, limits.decideBy(today, item(c).content()));
        record(c, Kind.ACCEPTED, task.name(), staff, reason);
      }
      case REQUEST_CORRECTION -> {
        c.requestCorrection(write(checked), limits.correctBy(today), now);
        record(c, Kind.CORRECTION_REQUESTED, task.name(), staff, reason);
      }
      case REFUSE -> {
        c.refuse(now);
        record(c, Kind.REFUSED, task.name(), staff, reason);
      }
      case DENY -> {
        if (task.kind() == StepKind.ON_THE_SPOT) {
          c.accept(now, today);
          record(c, Kind.ACCEPTED, task.name(), staff, null);
        }
        c.deny(now);
        record(c, Kind.DENIED, task.name(), staff, reason);
      }
      case APPROVE -> approve(c, task, staff, reason, now, today);
    }
    if (task.kind().stopsTheClock() && c.clockStoppedSince() != null && c.status() == CaseStatus.ACCEPTED) {
      c.restartClock(limits.afterPause(c.decisionDeadline(), c.clockStoppedSince(), today));
      record(c, Kind.CLOCK_RESTARTED, task.name(), staff, null);
    }
    CompletedStep done =
        processes.complete(task, action, staff, reason, c.status() == CaseStatus.ACCEPTED ? c.decisionDeadline() : null);
    List<WorkTask> open = processes.openTasks(c.id());
    if (c.status() == CaseStatus.APPROVED && open.isEmpty()) {
      c.complete(now);
      record(c, Kind.COMPLETED, null, staff, null);
    }
    if (c.status() == CaseStatus.ACCEPTED && open.stream().anyMatch(t -> t.kind().stopsTheClock())) {
      c.stopClock(today);
      record(c, Kind.CLOCK_STOPPED, open.get(0).name(), staff, null);
    }
    if (c.status() == CaseStatus.ACCEPTED && open.stream().anyMatch(t -> !c.decisionDeadline().equals(t.due()))) {
      processes.setDueDate(c.id(), c.decisionDeadline()); // an open task not created by this step
    }
    audit.record(staff.username(), "case.task." + action.name(), c.number(), done.name());
    if (c.status() != before) {
      changed(c, reason);
    }
    return receipt(c);
  }

  private void approve(ApplicationCase c, WorkTask task, CurrentUser staff, String reason, OffsetDateTime now, LocalDate today) {
    switch (task.kind()) {
      case ON_THE_SPOT -> {
        c.accept(now, today);
        record(c, Kind.ACCEPTED, task.name(), staff, null);
        c.approve(now);
        record(c, Kind.APPROVED, task.name(), staff, reason);
      }
      case DECISION -> {
        c.approve(now);
        record(c, Kind.APPROVED, task.name(), staff, reason);
      }
      default -> record(c, Kind.STEP_COMPLETED, task.name(), staff, reason);
    }
  }

  private List<Correction> checkCorrections(ApplicationCase c, List<Correction> requested) {
    Situation situation = situation(c);
    Map<String, String> labels = new LinkedHashMap<>();
    situation.materials().forEach(m -> labels.put(m.code(), m.name()));
    situation.form().forEach(f -> labels.put("form." + f.name(), f.label()));
    List<Correction> checked = new ArrayList<>();
    if (requested != null) {
      for (Correction r : requested) {
        if (r == null || r.target() == null || r.target().isBlank()) {
          continue;
        }
        if (!labels.containsKey(r.target())) {
          throw BusinessRuleException.badRequest("corrections", "cases.correction.unknownTarget", r.target());
        }
        String why = r.reason() == null || r.reason().isBlank() ? "请按要求补正" : limit(r.reason().strip());
        checked.add(new Correction(r.target(), labels.get(r.target()), why));
      }
    }
    if (checked.isEmpty()) {
      throw BusinessRuleException.badRequest("corrections", "cases.correction.empty");
    }
    return checked;
  }

  @Override
  @Transactional
  public CaseView extend(CurrentUser supervisor, String caseId, int days, String reason) {
    ApplicationCase c = readable(supervisor, caseId);
    if (!supervisor.has(Role.SUPERVISOR) || !c.departmentCode().equals(supervisor.departmentCode())) {
      throw BusinessRuleException.forbidden("cases.extension.supervisorOnly");
    }
    if (days < 1 || days > TimeLimits.MAX_EXTENSION_DAYS) {
      throw BusinessRuleException.badRequest("days", "cases.extension.days", TimeLimits.MAX_EXTENSION_DAYS);
    }
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleException.badRequest("reason", "cases.extension.reason");
    }
    c.extend(days, limits.extended(c.decisionDeadline(), days), now());
    record(c, Kind.EXTENDED, null, supervisor, limit(reason.strip()));
    processes.setDueDate(caseId, c.decisionDeadline());
    audit.record(supervisor.username(), "case.extend", c.number(), days + "个工作日：" + limit(reason.strip()));
    return toView(c);
  }

  @Override
  @Transactional(readOnly = true)
  public Slice<CaseSummary> warned(CurrentUser supervisor, int page, int size) {
    boolean all = supervisor.has(Role.PLATFORM_ADMIN);
    if (!all && !supervisor.has(Role.SUPERVISOR)) {
      throw BusinessRuleException.forbidden("cases.supervision.forbidden");
    }
    var pageable = Paging.of(page, size, 500);
    LocalDate by = limits.warnFrom(today());
    return (all ? cases.nearLimit(by, pageable) : cases.nearLimitIn(supervisor.departmentCode(), by, pageable)).map(this::summary);
  }

  // --- access ---

  private ApplicationCase readable(CurrentUser actor, String caseId) {
    ApplicationCase c = cases.findById(caseId == null ? "" : caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
    if (!mayRead(actor, c)) {
      throw new NotFoundException("cases.notFound");
    }
    return c;
  }

  private boolean mayRead(CurrentUser actor, ApplicationCase c) {
    if (actor.username().equals(c.applicantUsername())) {
      return true;
    }
    if (!actor.isStaff()) {
      return false;
    }
    if (actor.username().equals(c.assistedBy())) {
      return true;
    }
    boolean handler = actor.roles().stream().anyMatch(HANDLERS::contains);
    if (handler && c.departmentCode().equals(actor.departmentCode())) {
      return true;
    }
    // the comprehensive window sees what it accepts: cases awaiting acceptance and those it handled
    return comprehensiveWindow.equals(actor.departmentCode())
        && actor.has(Role.WINDOW)
        && (c.status() == CaseStatus.SUBMITTED || events.existsByCaseIdAndActor(c.id(), actor.username()));
  }

  /** The applicant's own draft or correction; window staff may fill a draft they file on someone's behalf. */
  private ApplicationCase editable(CurrentUser actor, String caseId) {
    ApplicationCase c = readable(actor, caseId);
    boolean applicant = actor.username().equals(c.applicantUsername());
    boolean assisting = actor.username().equals(c.assistedBy()) && c.status() == CaseStatus.DRAFT;
    if (!applicant && !assisting) {
      throw BusinessRuleException.forbidden("cases.edit.applicantOnly");
    }
    c.requireEditable();
    return c;
  }

  // --- helpers ---

  private ItemGuide item(ApplicationCase c) {
    return catalog
        .itemVersion(c.itemCode(), c.itemVersion())
        .orElseThrow(() -> new NotFoundException("catalog.item.notFound", c.itemCode()));
  }

  private Situation situation(ApplicationCase c) {
    return item(c).content().situation(c.situationCode()).orElseGet(() -> new Situation(c.situationCode(), c.situationName(), null, List.of()));
  }

  private void record(ApplicationCase c, Kind kind, String step, CurrentUser actor, String opinion) {
    events.save(new CaseEvent(c.id(), now(), kind, step, actor.username(), actor.name(), opinion, c.status()));
  }

  private void changed(ApplicationCase c, String note) {
    publisher.publishEvent(
        new CaseStatusChanged(c.id(), c.number(), c.itemName(), c.departmentCode(), c.applicantUsername(), c.status(), note));
    if (c.status() == CaseStatus.COMPLETED || c.status() == CaseStatus.DENIED) {
      publisher.publishEvent(
          new CaseCompleted(
              c.id(), c.number(), c.itemCode(), c.itemVersion(), c.departmentCode(), c.applicantUsername(),
              c.status() == CaseStatus.COMPLETED));
    }
  }

  private Map<String, String> form(ApplicationCase c) {
    return json.readValue(c.formData(), new TypeReference<LinkedHashMap<String, String>>() {});
  }

  List<Correction> corrections(ApplicationCase c) {
    if (c.corrections() == null) {
      return List.of();
    }
    return json.readValue(c.corrections(), new TypeReference<List<Correction>>() {});
  }

  private String write(Object value) {
    return json.writeValueAsString(value);
  }

  private static String limit(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > MAX_OPINION ? text.substring(0, MAX_OPINION) : text;
  }
}
