package org.yiwang.cases.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.cases.CaseReceipt;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.CaseSummary;
import org.yiwang.cases.CaseView;
import org.yiwang.cases.Cases;
import org.yiwang.cases.Correction;
import org.yiwang.cases.InboxEntry;
import org.yiwang.cases.NoticeKind;
import org.yiwang.cases.Progress;
import org.yiwang.cases.TimeLight;
import org.yiwang.identity.Accounts;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.Paging;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;

/** The cases API (API.md, "Cases"): applicants' cases, staff tasks, the public progress lookup. */
@RestController
@RequestMapping("/api/v1")
@Validated
class CaseApiController {

  private final Cases cases;
  private final Accounts accounts;
  private final java.time.Clock clock;

  CaseApiController(Cases cases, Accounts accounts, java.time.Clock clock) {
    this.cases = cases;
    this.accounts = accounts;
    this.clock = clock;
  }

  record CreateCase(String itemCode, String situationCode, Map<String, Object> form) {}

  record Created(String id, String number, CaseStatus status) {}

  @PostMapping("/cases")
  ResponseEntity<Created> create(
      @RequestBody CreateCase body, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    CaseReceipt created =
        cases.create(accounts.signedIn(), body.itemCode(), body.situationCode(), body.form(), key);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(created.id(), created.number(), created.status()));
  }

  record FormBody(Map<String, Object> form) {}

  @PutMapping("/cases/{id}/form")
  CaseView saveForm(@PathVariable String id, @RequestBody FormBody body) {
    return cases.saveForm(accounts.signedIn(), id, body.form());
  }

  record MaterialJson(String code, String name, boolean required, String fileName, String contentType, long size, OffsetDateTime uploadedAt) {
    static MaterialJson of(CaseView.MaterialSlot m) {
      return new MaterialJson(m.code(), m.name(), m.required(), m.fileName(), m.contentType(), m.size(), m.uploadedAt());
    }
  }

  @PostMapping(value = "/cases/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  MaterialJson attach(
      @PathVariable String id, @RequestParam String materialCode, @RequestParam("file") MultipartFile file) throws IOException {
    return MaterialJson.of(cases.attach(accounts.signedIn(), id, materialCode, file.getBytes(), file.getOriginalFilename()));
  }

  record Submitted(String id, String number, CaseStatus status, LocalDate acceptDeadline) {}

  @PostMapping("/cases/{id}/submit")
  Submitted submit(@PathVariable String id, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    CaseReceipt submitted = cases.submit(accounts.signedIn(), id, key);
    return new Submitted(submitted.id(), submitted.number(), submitted.status(), submitted.acceptDeadline());
  }

  record Withdrawal(String reason) {}

  @PostMapping("/cases/{id}/withdraw")
  CaseView withdraw(@PathVariable String id, @RequestBody(required = false) Withdrawal body) {
    return cases.withdraw(accounts.signedIn(), id, body == null ? null : body.reason());
  }

  @GetMapping("/cases/{id}")
  CaseView get(@PathVariable String id) {
    return cases.view(accounts.signedIn(), id);
  }

  @GetMapping("/cases")
  List<CaseSummary> mine(
      @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return cases.mine(accounts.signedIn(), page, size);
  }

  @GetMapping("/cases/{id}/materials/{code}")
  ResponseEntity<byte[]> material(@PathVariable String id, @PathVariable String code) {
    var file = cases.material(accounts.signedIn(), id, code);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.file().type().contentType()))
        .header("Content-Disposition", ContentDisposition.inline().filename(file.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }

  @GetMapping("/cases/{id}/notices/{kind}")
  ResponseEntity<byte[]> notice(@PathVariable String id, @PathVariable String kind) {
    NoticeKind notice = parse(kind);
    byte[] pdf = cases.notice(accounts.signedIn(), id, notice);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.attachment().filename(notice.name().toLowerCase() + ".pdf").build().toString())
        .body(pdf);
  }

  static NoticeKind parse(String kind) {
    String name = kind.toUpperCase().replace(".PDF", "");
    try {
      return NoticeKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("cases.notice.notIssued");
    }
  }

  record ProgressJson(String number, String itemName, String applicantName, CaseStatus status, LocalDate deadline, List<Progress.Step> steps) {}

  @GetMapping("/cases/progress")
  ProgressJson progress(
      @RequestParam @Size(max = 20) String number, @RequestParam @Size(min = 4, max = 4) String idLast4) {
    Progress p = cases.progress(number, idLast4).orElseThrow(() -> new NotFoundException("cases.progress.notFound"));
    return new ProgressJson(p.number(), p.itemName(), p.applicantNameMasked(), p.status(), p.deadline(), p.steps());
  }

  record ReuseJson(long materialsProvidedByLicense) {}

  /** The fourth reduction's other half: materials not handed in because an e-license stood in (public). */
  @GetMapping("/stats/reuse")
  ReuseJson reuse() {
    return new ReuseJson(cases.materialsProvidedByLicense());
  }

  // --- staff ---

  record TaskJson(
      String id, String caseId, String caseNumber, String name, LocalDate deadline, StepKind kind,
      List<TaskAction> actions, String itemName, String assignee, TimeLight light) {
    static TaskJson of(InboxEntry e) {
      return new TaskJson(
          e.task().id(), e.task().caseId(), e.caseSummary().number(), e.task().name(), e.task().due(),
          e.task().kind(), e.task().kind().actions().stream().sorted().toList(), e.caseSummary().itemName(),
          e.task().assignee(), e.caseSummary().light());
    }
  }

  @GetMapping("/tasks")
  List<TaskJson> tasks(
      @RequestParam(required = false) StepKind kind,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    var filter = new InboxFilter(kind, null, overdue, LocalDate.now(clock));
    return cases.inbox(accounts.signedIn(), filter, page, size).stream().map(TaskJson::of).toList();
  }

  @PostMapping("/tasks/{taskId}/claim")
  void claim(@PathVariable String taskId) {
    cases.claim(accounts.signedIn(), taskId);
  }

  record CompleteTask(TaskAction action, String opinion, List<Correction> corrections) {}

  @PostMapping("/tasks/{taskId}/complete")
  CaseReceipt complete(@PathVariable String taskId, @RequestBody CompleteTask body) {
    return cases.completeTask(accounts.signedIn(), taskId, body.action(), body.opinion(), body.corrections());
  }

  record Extension(int days, String reason) {}

  @PostMapping("/cases/{id}/extension")
  CaseView extend(@PathVariable String id, @RequestBody Extension body) {
    return cases.extend(accounts.signedIn(), id, body.days(), body.reason());
  }

  @GetMapping("/supervision/warnings")
  List<CaseSummary> warnings(
      @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
    return cases.warned(accounts.signedIn(), page, size).getContent();
  }
}
