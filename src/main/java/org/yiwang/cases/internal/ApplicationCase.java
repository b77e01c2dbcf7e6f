package org.yiwang.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.Persistable;
import org.yiwang.cases.CaseStatus;
import org.yiwang.shared.BusinessRuleException;

/**
 * The case aggregate (办件). It guards its own transitions: each method checks the status it may
 * be called in and refuses (409) any other, so no caller can move a case where the law does not.
 */
@Entity
@Table(name = "application_case")
class ApplicationCase implements Persistable<String> {

  @Id private String id;

  @Column(name = "case_number")
  private String number;

  @Column(name = "item_code")
  private String itemCode;

  @Column(name = "item_version")
  private int itemVersion;

  @Column(name = "item_name")
  private String itemName;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "situation_code")
  private String situationCode;

  @Column(name = "situation_name")
  private String situationName;

  @Column(name = "applicant_username")
  private String applicantUsername;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_type")
  private String applicantType;

  @Column(name = "applicant_id_masked")
  private String applicantIdMasked;

  @Column(name = "applicant_id_last4")
  private String applicantIdLast4;

  @Column(name = "assisted_by")
  private String assistedBy;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Column(name = "form_data")
  private String formData;

  private String corrections;

  @Column(name = "correction_deadline")
  private LocalDate correctionDeadline;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "accept_deadline")
  private LocalDate acceptDeadline;

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  @Column(name = "decision_deadline")
  private LocalDate decisionDeadline;

  @Column(name = "clock_stopped_since")
  private LocalDate clockStoppedSince;

  @Column(name = "extended_days")
  private int extendedDays;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "warning_level")
  private String warningLevel;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  // a wrapper, not a primitive: a new case has none, so it is new (isNew) and Spring Data persists it
  // instead of merging it (which read the case back before inserting it, one select on every case created)
  @Version private Long version;

  /** Asked by Spring Data, which otherwise looks for a version getter, throwing and catching an exception each save. */
  @Override
  public boolean isNew() { return version == null; }

  @Override
  public String getId() { return id; }

  protected ApplicationCase() {}

  ApplicationCase(
      String id,
      String number,
      String itemCode,
      int itemVersion,
      String itemName,
      String departmentCode,
      String situationCode,
      String situationName,
      Applicant applicant,
      String assistedBy,
      String formData,
      OffsetDateTime now) {
    this.id = id;
    this.number = number;
    this.itemCode = itemCode;
    this.itemVersion = itemVersion;
    this.itemName = itemName;
    this.departmentCode = departmentCode;
    this.situationCode = situationCode;
    this.situationName = situationName;
    this.applicantUsername = applicant.username();
    this.applicantName = applicant.name();
    this.applicantType = applicant.type();
    this.applicantIdMasked = applicant.idMasked();
    this.applicantIdLast4 = applicant.idLast4();
    this.assistedBy = assistedBy;
    this.status = CaseStatus.DRAFT;
    this.formData = formData;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Who applies, as the case keeps it: the full ID number stays with the account. */
  record Applicant(String username, String name, String type, String idMasked, String idLast4) {}

  // --- transitions ---

  private void require(Set<CaseStatus> allowed, String action) {
    if (!allowed.contains(status)) {
      throw BusinessRuleException.conflict("cases.notAllowedInStatus", action, status.name());
    }
  }

  /** The applicant may change the form and the materials of a draft, or while correcting. */
  boolean editable() {
    return status == CaseStatus.DRAFT || status == CaseStatus.CORRECTION_REQUESTED;
  }

  void requireEditable() {
    require(EnumSet.of(CaseStatus.DRAFT, CaseStatus.CORRECTION_REQUESTED), "edit");
  }

  void updateForm(String json, OffsetDateTime now) {
    requireEditable();
    this.formData = json;
    this.updatedAt = now;
  }

  void touch(OffsetDateTime now) {
    this.updatedAt = now;
  }

  /** Submitted (or resubmitted after correction): the office must accept or ask within 5 working days. */
  void submit(OffsetDateTime now, LocalDate acceptBy) {
    require(EnumSet.of(CaseStatus.DRAFT, CaseStatus.CORRECTION_REQUESTED), "submit");
    if (status == CaseStatus.CORRECTION_REQUESTED && correctionDeadline != null && now.toLocalDate().isAfter(correctionDeadline)) {
      throw BusinessRuleException.conflict("cases.correction.late", correctionDeadline.toString());
    }
    this.status = CaseStatus.SUBMITTED;
    this.submittedAt = now;
    this.acceptDeadline = acceptBy;
    this.correctionDeadline = null;
    this.warningLevel = null;
    this.updatedAt = now;
  }

  void requestCorrection(String correctionsJson, LocalDate correctBy, OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.SUBMITTED), "requestCorrection");
    this.status = CaseStatus.CORRECTION_REQUESTED;
    this.corrections = correctionsJson;
    this.correctionDeadline = correctBy;
    this.acceptDeadline = null;
    this.warningLevel = null;
    this.updatedAt = now;
  }

  void refuse(OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.SUBMITTED), "refuse");
    this.status = CaseStatus.REFUSED;
    this.decidedAt = now;
    this.completedAt = now;
    this.updatedAt = now;
  }

  /** Accepted: the decision is due within the promised limit. */
  void accept(OffsetDateTime now, LocalDate decideBy) {
    require(EnumSet.of(CaseStatus.SUBMITTED), "accept");
    this.status = CaseStatus.ACCEPTED;
    this.acceptedAt = now;
    this.decisionDeadline = decideBy;
    this.warningLevel = null;
    this.updatedAt = now;
  }

  void stopClock(LocalDate since) {
    require(EnumSet.of(CaseStatus.ACCEPTED), "stopClock");
    if (clockStoppedSince == null) {
      this.clockStoppedSince = since;
    }
  }

  /** The clock runs again; the limit moves by the working days it stood still. */
  void restartClock(LocalDate newDeadline) {
    this.clockStoppedSince = null;
    this.decisionDeadline = newDeadline;
    this.warningLevel = null;
  }

  void extend(int days, LocalDate newDeadline, OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.ACCEPTED), "extend");
    if (extendedDays > 0) {
      throw BusinessRuleException.conflict("cases.extension.once");
    }
    this.extendedDays = days;
    this.decisionDeadline = newDeadline;
    this.warningLevel = null;
    this.updatedAt = now;
  }

  void approve(OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.ACCEPTED), "approve");
    this.status = CaseStatus.APPROVED;
    this.decidedAt = now;
    this.clockStoppedSince = null;
    this.updatedAt = now;
  }

  void deny(OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.ACCEPTED), "deny");
    this.status = CaseStatus.DENIED;
    this.decidedAt = now;
    this.completedAt = now;
    this.clockStoppedSince = null;
    this.updatedAt = now;
  }

  void complete(OffsetDateTime now) {
    require(EnumSet.of(CaseStatus.APPROVED), "complete");
    this.status = CaseStatus.COMPLETED;
    this.completedAt = now;
    this.updatedAt = now;
  }

  void withdraw(OffsetDateTime now) {
    require(
        EnumSet.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUESTED, CaseStatus.ACCEPTED),
        "withdraw");
    this.status = CaseStatus.WITHDRAWN;
    this.completedAt = now;
    this.clockStoppedSince = null;
    this.updatedAt = now;
  }

  /** Records the warning level reached; true when it is new (so the warning is sent once). */
  boolean warn(String level) {
    if (level.equals(warningLevel)) {
      return false;
    }
    this.warningLevel = level;
    return true;
  }

  // --- reads ---

  String id() { return id; }
  String number() { return number; }
  String itemCode() { return itemCode; }
  int itemVersion() { return itemVersion; }
  String itemName() { return itemName; }
  String departmentCode() { return departmentCode; }
  String situationCode() { return situationCode; }
  String situationName() { return situationName; }
  String applicantUsername() { return applicantUsername; }
  String applicantName() { return applicantName; }
  String applicantType() { return applicantType; }
  String applicantIdMasked() { return applicantIdMasked; }
  String applicantIdLast4() { return applicantIdLast4; }
  String assistedBy() { return assistedBy; }
  CaseStatus status() { return status; }
  String formData() { return formData; }
  String corrections() { return corrections; }
  LocalDate correctionDeadline() { return correctionDeadline; }
  OffsetDateTime submittedAt() { return submittedAt; }
  LocalDate acceptDeadline() { return acceptDeadline; }
  OffsetDateTime acceptedAt() { return acceptedAt; }
  LocalDate decisionDeadline() { return decisionDeadline; }
  LocalDate clockStoppedSince() { return clockStoppedSince; }
  int extendedDays() { return extendedDays; }
  OffsetDateTime decidedAt() { return decidedAt; }
  OffsetDateTime completedAt() { return completedAt; }
  OffsetDateTime createdAt() { return createdAt; }
  OffsetDateTime updatedAt() { return updatedAt; }
  String warningLevel() { return warningLevel; }
}
