package org.yiwang.catalog;

/** A new version of an item became the one the portal shows. */
public record ItemPublished(String itemCode, int version, String departmentCode) {}
