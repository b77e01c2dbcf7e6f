package org.yiwang.workflow;

import java.time.Instant;

/** A task a member of staff completed: who, when, how and why (the case's record of handling). */
public record CompletedStep(
    String taskId,
    String caseId,
    String name,
    StepKind kind,
    TaskAction action,
    String handler,
    String opinion,
    Instant completedAt) {}
