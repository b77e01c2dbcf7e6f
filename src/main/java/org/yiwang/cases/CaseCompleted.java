package org.yiwang.cases;

/** A case ended with its result: approved (the result is issued) or not. */
public record CaseCompleted(
    String caseId,
    String number,
    String itemCode,
    int itemVersion,
    String departmentCode,
    String applicantUsername,
    boolean approved) {}
