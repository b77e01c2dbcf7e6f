package org.yiwang.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What anyone with the case number and the ID's last four characters may see: nothing personal but a masked name. */
public record Progress(
    String number,
    String itemName,
    String applicantNameMasked,
    CaseStatus status,
    LocalDate deadline,
    List<Step> steps) {

  /** A step reached, without who handled it. */
  public record Step(OffsetDateTime at, String kind, String stepName, CaseStatus status) {}
}
