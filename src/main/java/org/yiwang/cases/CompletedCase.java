package org.yiwang.cases;

import java.time.OffsetDateTime;
import java.util.Map;

/** What issuing a case's result needs: the approved case, its applicant and its form, unmasked. */
public record CompletedCase(
    String caseId,
    String number,
    String itemCode,
    int itemVersion,
    String departmentCode,
    String applicantUsername,
    String applicantName,
    String applicantType,
    Map<String, String> form,
    OffsetDateTime completedAt) {}
