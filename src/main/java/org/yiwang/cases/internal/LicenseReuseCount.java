package org.yiwang.cases.internal;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yiwang.shared.cache.KeptValues;

/**
 * How many materials e-licenses stood in for (减材料), as the figures page and
 * {@code /api/v1/stats/reuse} show it: a count over every case's materials, which a province's
 * millions of them make too dear to take on every view (docs/benchmarks.md). Kept for at most
 * {@link #KEPT}, so that another node's reuse shows within it, and counted again as soon as a change
 * of this node commits.
 */
@Component
class LicenseReuseCount {

  static final Duration KEPT = Duration.ofMinutes(1);

  private final KeptValues<String, Long> counts;

  @Autowired
  LicenseReuseCount() {
    this(Ticker.systemTicker());
  }

  LicenseReuseCount(Ticker ticker) {
    this.counts = new KeptValues<>(4, KEPT, ticker);
  }

  long get(LongSupplier count) {
    return counts.get("materials provided by license", count::getAsLong);
  }

  /** A material was provided by an e-license, or one so provided was replaced by a file. */
  void changedAfterCommit() {
    counts.dropAfterCommit();
  }

  void changed() {
    counts.drop();
  }
}
