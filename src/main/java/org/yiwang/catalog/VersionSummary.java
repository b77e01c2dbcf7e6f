package org.yiwang.catalog;

import java.time.OffsetDateTime;

/** A version in an item's history. */
public record VersionSummary(
    String itemCode,
    String itemName,
    String departmentCode,
    int version,
    VersionStatus status,
    String editedBy,
    OffsetDateTime editedAt,
    String submittedBy,
    OffsetDateTime submittedAt,
    String publishedBy,
    OffsetDateTime publishedAt,
    String reviewNote) {}
