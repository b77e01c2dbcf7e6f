package org.yiwang.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yiwang.catalog.ItemContent.FormField;
import org.yiwang.workflow.WorkTask;

/** A case as its applicant or the staff handling it see it: ID numbers masked. */
public record CaseView(
    String id,
    String number,
    String itemCode,
    int itemVersion,
    String itemName,
    String departmentCode,
    String situationCode,
    String situationName,
    String applicantName,
    String applicantIdMasked,
    String assistedBy,
    CaseStatus status,
    List<FormField> formFields,
    Map<String, String> form,
    List<MaterialSlot> materials,
    List<Correction> corrections,
    LocalDate correctionDeadline,
    OffsetDateTime submittedAt,
    LocalDate acceptDeadline,
    LocalDate decisionDeadline,
    LocalDate clockStoppedSince,
    int extendedDays,
    TimeLight light,
    List<TimelineEntry> timeline,
    List<WorkTask> openTasks,
    List<NoticeKind> notices,
    OffsetDateTime createdAt) {

  /** A material the situation asks for, and the file uploaded for it, if any. */
  public record MaterialSlot(
      String code,
      String name,
      boolean required,
      String fileName,
      String contentType,
      long size,
      OffsetDateTime uploadedAt,
      String licenseIdentifier) {
    public boolean uploaded() {
      return fileName != null;
    }

    /** Provided by an e-license the applicant holds (减材料), not by a file. */
    public boolean byLicense() {
      return licenseIdentifier != null;
    }
  }

  /** One step of the timeline. */
  public record TimelineEntry(
      OffsetDateTime at, String kind, String stepName, String actorName, String opinion, CaseStatus status) {}

  public boolean editable() {
    return status == CaseStatus.DRAFT || status == CaseStatus.CORRECTION_REQUESTED;
  }

  /** The limit that runs now: acceptance before acceptance, the decision after. */
  public LocalDate currentDeadline() {
    return status == CaseStatus.SUBMITTED ? acceptDeadline : status == CaseStatus.ACCEPTED ? decisionDeadline : null;
  }
}
