package org.yiwang.catalog;

/** The line of a published item in a list or search result. */
public record ItemSummary(
    String code,
    String name,
    String departmentCode,
    String departmentName,
    ItemType type,
    boolean fullyOnline,
    int visits,
    int statutoryDays,
    int promisedDays) {}
