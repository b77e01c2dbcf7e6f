package org.yiwang.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of "my cases" or of the supervisor's list. */
public record CaseSummary(
    String id,
    String number,
    String itemName,
    String situationName,
    String departmentCode,
    String applicantName,
    CaseStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime submittedAt,
    LocalDate deadline,
    TimeLight light) {}
