package org.yiwang.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The whole catalogue's audit: the city's score and the departments ranked best first. */
public record QualityReport(
    BigDecimal score, List<DepartmentQuality> departments, int items, int findings, Instant auditedAt, long auditMillis) {

  /** The report before the first audit since start has finished. */
  public static QualityReport notYetAudited() {
    return new QualityReport(BigDecimal.ZERO, List.of(), 0, 0, Instant.EPOCH, 0);
  }

  /** False while the first audit since start is still running. */
  public boolean audited() {
    return !Instant.EPOCH.equals(auditedAt);
  }
}
