package org.yiwang.cases;

import org.yiwang.workflow.WorkTask;

/** A task of the staff inbox with the case it belongs to. */
public record InboxEntry(WorkTask task, CaseSummary caseSummary) {}
