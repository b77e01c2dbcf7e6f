package org.yiwang.cases;

import java.time.LocalDate;

/**
 * What a creating, submitting or deciding call answers: the case and where it stands, read in the
 * transaction that wrote it. (The whole {@link CaseView} with its timeline, tasks and notices is
 * one call away; building it for every write was a sixth of a submission's cost.)
 */
public record CaseReceipt(String id, String number, CaseStatus status, LocalDate acceptDeadline, LocalDate decisionDeadline) {}
