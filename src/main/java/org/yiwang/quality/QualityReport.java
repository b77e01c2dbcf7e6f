package org.yiwang.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The whole catalogue's audit: the city's score and the departments ranked best first. */
public record QualityReport(
    BigDecimal score, List<DepartmentQuality> departments, int items, int findings, Instant auditedAt, long auditMillis) {}
