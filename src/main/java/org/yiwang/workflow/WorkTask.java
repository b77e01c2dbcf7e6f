package org.yiwang.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.yiwang.catalog.ItemContent.HandlerRole;

/** An open task of a case's process, as staff see it in their inbox. */
public record WorkTask(
    String id,
    String caseId,
    String name,
    StepKind kind,
    String departmentCode,
    HandlerRole role,
    String assignee,
    Instant created,
    LocalDate due) {}
