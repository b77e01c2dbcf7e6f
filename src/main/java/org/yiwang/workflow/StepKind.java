package org.yiwang.workflow;

import java.util.Set;

/**
 * What a task of a case's process is for, and so which actions close it. Acceptance comes first
 * (行政许可法 art. 32); special procedures (on-site inspection, expert review, hearings, publicity)
 * stop the legal clock (art. 45); the decision grants or denies; delivery hands over the result.
 */
public enum StepKind {
  /** 即办件: accepted and decided at once. */
  ON_THE_SPOT(
      Set.of(TaskAction.APPROVE, TaskAction.DENY, TaskAction.REQUEST_CORRECTION, TaskAction.REFUSE)),
  ACCEPTANCE(Set.of(TaskAction.ACCEPT, TaskAction.REQUEST_CORRECTION, TaskAction.REFUSE)),
  REVIEW(Set.of(TaskAction.APPROVE)),
  SPECIAL_PROCEDURE(Set.of(TaskAction.APPROVE)),
  DECISION(Set.of(TaskAction.APPROVE, TaskAction.DENY)),
  DELIVERY(Set.of(TaskAction.APPROVE));

  private final Set<TaskAction> actions;

  StepKind(Set<TaskAction> actions) {
    this.actions = actions;
  }

  public Set<TaskAction> actions() {
    return actions;
  }

  public boolean allows(TaskAction action) {
    return actions.contains(action);
  }

  /** Whether the time this step takes does not count towards the decision limit (art. 45). */
  public boolean stopsTheClock() {
    return this == SPECIAL_PROCEDURE;
  }
}
