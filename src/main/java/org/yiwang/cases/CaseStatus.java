package org.yiwang.cases;

/** Where a case stands (the API's {@code status}). */
public enum CaseStatus {
  DRAFT,
  SUBMITTED,
  CORRECTION_REQUESTED,
  ACCEPTED,
  REFUSED,
  APPROVED,
  DENIED,
  COMPLETED,
  WITHDRAWN;

  /** Whether the case is with the office and its legal clock may run. */
  public boolean inProgress() {
    return this == SUBMITTED || this == CORRECTION_REQUESTED || this == ACCEPTED || this == APPROVED;
  }

  /** Whether nothing more will happen to the case. */
  public boolean closed() {
    return this == REFUSED || this == DENIED || this == COMPLETED || this == WITHDRAWN;
  }
}
