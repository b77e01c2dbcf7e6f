package org.yiwang.catalog;

import java.time.OffsetDateTime;

/** One version of an item with where it belongs: what the service guide page shows. */
public record ItemGuide(
    String code,
    String departmentCode,
    String departmentName,
    int version,
    VersionStatus status,
    OffsetDateTime publishedAt,
    ItemContent content) {}
