package org.yiwang.cases;

import java.time.LocalDate;

/** A case came near its legal time limit (YELLOW) or passed it (RED): e-supervision's warning. */
public record DeadlineWarned(
    String caseId, String number, String itemName, String departmentCode, TimeLight light, LocalDate deadline) {}
