package org.yiwang.quality;

import java.math.BigDecimal;
import java.util.Map;

/** A department's score (the mean of its items'), and its findings counted by rule. */
public record DepartmentQuality(
    String code,
    String name,
    int items,
    int itemsWithFindings,
    BigDecimal score,
    Map<String, Integer> findingsByRule) {}
