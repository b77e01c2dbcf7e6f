package org.yiwang.cases;

/**
 * A case moved to a new status: submitted, asked for corrections, accepted, refused, decided,
 * completed or withdrawn. {@code note} is the opinion or reason the applicant should read.
 */
public record CaseStatusChanged(
    String caseId,
    String number,
    String itemName,
    String departmentCode,
    String applicantUsername,
    CaseStatus status,
    String note) {}
