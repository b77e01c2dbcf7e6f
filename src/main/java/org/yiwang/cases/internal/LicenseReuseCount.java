package org.yiwang.cases.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

  private final Cache<Long, Long> counts;
  /** Kept per revision, as the catalogue's figures are: a count begun before a change never outlives it. */
  private final AtomicLong revision = new AtomicLong();

  @Autowired
  LicenseReuseCount() {
    this(Ticker.systemTicker());
  }

  LicenseReuseCount(Ticker ticker) {
    this.counts = Caffeine.newBuilder().expireAfterWrite(KEPT).ticker(ticker).maximumSize(4).build();
  }

  long get(LongSupplier count) {
    return counts.get(revision.get(), key -> count.getAsLong());
  }

  /**
   * A material was provided by an e-license, or one so provided was replaced by a file: counted
   * again once the transaction commits (before, a reader would keep a count that could be rolled
   * back). A synchronization, not an event: Spring Modulith would write every after-commit event to
   * its publication log, an insert and a delete on the submission's path to clear a number.
   */
  void changedAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      changed();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        changed();
      }
    });
  }

  void changed() {
    revision.incrementAndGet();
    counts.invalidateAll(); // the revisions before: only memory
  }
}
