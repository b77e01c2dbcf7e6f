package org.yiwang.workflow;

/** How a member of staff closes a task (the API's {@code action}). */
public enum TaskAction {
  ACCEPT,
  REQUEST_CORRECTION,
  REFUSE,
  APPROVE,
  DENY
}
