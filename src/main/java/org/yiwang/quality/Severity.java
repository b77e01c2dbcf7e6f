package org.yiwang.quality;

/** How bad a finding is, and how many points it costs the item's score (out of 100). */
public enum Severity {
  BLOCKER(25),
  MAJOR(10),
  MINOR(3);

  private final int penalty;

  Severity(int penalty) {
    this.penalty = penalty;
  }

  public int penalty() {
    return penalty;
  }

  /** Whether this severity is at least as bad as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
