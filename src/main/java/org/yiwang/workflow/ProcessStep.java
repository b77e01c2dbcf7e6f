package org.yiwang.workflow;

import org.yiwang.catalog.ItemContent.HandlerRole;

/** One task of an item's process, in order: what the public flowchart and the timeline show. */
public record ProcessStep(String id, String name, StepKind kind, HandlerRole role) {}
