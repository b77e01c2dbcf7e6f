package org.yiwang.catalog;

/** A published item with where it belongs, for whole-catalogue work such as the quality audit. */
public record PublishedItem(
    String code, String departmentCode, String departmentName, int version, ItemContent content) {}
