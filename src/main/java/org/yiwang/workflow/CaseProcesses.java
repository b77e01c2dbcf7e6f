package org.yiwang.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yiwang.identity.CurrentUser;

/**
 * The approval process of each case, run by the process engine: the one door other modules use.
 * A case is known here only by its id (the process's business key); what the case is, and what its
 * state means, belongs to the caller. Calls join the caller's transaction.
 */
public interface CaseProcesses {

  /**
   * Deploys the item version's process if it is not yet, in a transaction of its own: call it
   * outside the case's transaction (deploying inside it takes a second connection while the case
   * holds one).
   */
  void prepare(String itemCode, int itemVersion);

  /**
   * Starts the process of the item version for a case, its first task due on {@code acceptBy};
   * deploys the version's process first if needed.
   */
  void start(String itemCode, int itemVersion, String caseId, LocalDate acceptBy);

  /** The tasks the item version's process runs, in order. */
  List<ProcessStep> steps(String itemCode, int itemVersion);

  /** The case's open tasks (none when it waits for the applicant or has ended). */
  List<WorkTask> openTasks(String caseId);

  /**
   * The open task the member of staff is about to complete. Refused when it is gone (409 if they
   * could have handled it, else 404), not theirs (404) or held by someone else (409).
   */
  WorkTask handleable(String taskId, CurrentUser staff);

  /** Takes a task for oneself; refused (409) when someone else holds it. */
  WorkTask claim(String taskId, CurrentUser staff);

  /**
   * Completes the task {@link #handleable} just gave this member of staff, in the same transaction
   * and without reading it again, with an action the task allows, recording the handler, time and
   * opinion. Two people completing the same task: one succeeds, the other is refused (409) and
   * nothing changes; so is a completion of a task someone else claimed since it was read. The tasks
   * it leads to are due on {@code nextDue} (none when null), set as they are created.
   */
  CompletedStep complete(WorkTask task, TaskAction action, CurrentUser staff, String opinion, LocalDate nextDue);

  /** The applicant has corrected: acceptance is due again. */
  void resumeAfterCorrection(String caseId);

  /** Ends the case's process (withdrawal). */
  void cancel(String caseId, String reason);

  /** Sets the due date the inbox shows on the case's open tasks. */
  void setDueDate(String caseId, LocalDate due);

  /** A page of the tasks the member of staff may handle, the most urgent first. */
  List<WorkTask> inbox(CurrentUser staff, InboxFilter filter, int page, int size);

  /** How many tasks {@link #inbox} has in all (a query of its own: the API's pages do not ask it). */
  long inboxCount(CurrentUser staff, InboxFilter filter);

  /** The item's public flowchart, drawn from its published version's process. */
  Optional<String> flowchartSvg(String itemCode);

  /** What to show of an inbox. */
  record InboxFilter(StepKind kind, String caseId, boolean overdueOnly, LocalDate today) {
    public static InboxFilter all(LocalDate today) {
      return new InboxFilter(null, null, false, today);
    }
  }

}
