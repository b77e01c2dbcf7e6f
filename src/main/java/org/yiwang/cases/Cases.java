package org.yiwang.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Slice;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.files.StoredFile;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.TaskAction;

/**
 * The cases module's door. Every call names who is acting; every read and write checks on the
 * server that they may (an applicant their own cases, staff their department's); anything else is
 * "not found". Writes that create accept an idempotency key.
 */
public interface Cases {

  /** A new draft for the applicant (or, at the window, for the applicant {@code onBehalfOf}). */
  CaseReceipt create(CurrentUser actor, String itemCode, String situationCode, Map<String, ?> form, String idempotencyKey);

  /** Window staff file a case into a citizen's own account (帮办代办), found by their ID number. */
  CaseView createOnBehalf(CurrentUser staff, String applicantIdNumber, String itemCode, String situationCode);

  CaseView saveForm(CurrentUser actor, String caseId, Map<String, ?> form);

  /** Uploads (or replaces) a material; answers its slot as it now stands. */
  CaseView.MaterialSlot attach(CurrentUser actor, String caseId, String materialCode, byte[] bytes, String originalName);

  CaseReceipt submit(CurrentUser actor, String caseId, String idempotencyKey);

  CaseView withdraw(CurrentUser actor, String caseId, String reason);

  CaseView view(CurrentUser actor, String caseId);

  List<CaseSummary> mine(CurrentUser applicant, int page, int size);

  Optional<Progress> progress(String number, String idLast4);

  /** A file uploaded for a material, for the applicant or the staff handling the case. */
  MaterialFile material(CurrentUser actor, String caseId, String materialCode);

  byte[] notice(CurrentUser actor, String caseId, NoticeKind kind);

  // --- staff ---

  List<InboxEntry> inbox(CurrentUser staff, InboxFilter filter, int page, int size);

  long inboxCount(CurrentUser staff, InboxFilter filter);

  void claim(CurrentUser staff, String taskId);

  /** Completes a task; a correction request lists every correction at once. */
  CaseReceipt completeTask(CurrentUser staff, String taskId, TaskAction action, String opinion, List<Correction> corrections);

  /** Extends the decision limit once, by at most 10 working days, with a reason (art. 42), by a department supervisor. */
  CaseView extend(CurrentUser supervisor, String caseId, int days, String reason);

  /**
   * A page of the open cases near or over their limit, the nearest limit first: the department's
   * for its supervisors, all for the platform administrator.
   */
  Slice<CaseSummary> warned(CurrentUser supervisor, int page, int size);

  /** An approved, completed case, for issuing its result (the license module, not people). */
  Optional<CompletedCase> completed(String caseId);

  /** How many materials applicants did not hand in because an e-license they hold stood in (减材料). */
  long materialsProvidedByLicense();

  /** A material's file and how to serve it. */
  record MaterialFile(StoredFile file, String displayName, byte[] bytes) {}
}
