package org.yiwang.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The four reductions (减环节、减材料、减时限、减跑动): each measure summed over published items at
 * their first publication (before) and now (after), for the city and per department.
 */
public record ReductionStats(
    Measure steps, Measure materials, Measure days, Measure visits, List<Department> departments) {

  /** Before, after, and the reduction in percent of before (two decimals). */
  public record Measure(long before, long after) {
    public BigDecimal rate() {
      if (before <= 0) {
        return BigDecimal.ZERO.setScale(2);
      }
      return BigDecimal.valueOf((before - after) * 100)
          .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
    }
  }

  public record Department(
      String code, String name, Measure steps, Measure materials, Measure days, Measure visits) {}
}
