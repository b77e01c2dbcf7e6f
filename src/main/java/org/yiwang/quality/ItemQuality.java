package org.yiwang.quality;

import java.util.List;

/** An item's findings and its score: 100 less the penalties of its findings, never below 0. */
public record ItemQuality(
    String code, String name, String departmentCode, int score, List<Finding> findings) {

  public static int scoreOf(List<Finding> findings) {
    return Math.max(0, 100 - findings.stream().mapToInt(f -> f.severity().penalty()).sum());
  }
}
