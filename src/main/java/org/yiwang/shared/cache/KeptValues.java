package org.yiwang.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and kept in memory until dropped (and, if given, for at most a
 * while, so that other nodes' changes show within it). Kept per revision, which every drop
 * advances: a read that began before a change and ends after it keeps what it read under the
 * revision before, which nobody asks for again (Caffeine leaves the outcome of an invalidation
 * during a load undefined).
 */
public final class KeptValues<K, V> {

  private record Kept<K>(K key, long revision) {}

  private final Cache<Kept<K>, V> values;
  private final AtomicLong revision = new AtomicLong();

  /** Kept until dropped. */
  public KeptValues(int maximumSize) {
    this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  /** Kept until dropped or for at most {@code kept}, as the ticker counts it. */
  public KeptValues(int maximumSize, Duration kept, Ticker ticker) {
    this.values = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(kept).ticker(ticker).build();
  }

  /** The value, read when not kept; concurrent readers of a missing value wait for one read. */
  public V get(K key, Supplier<V> read) {
    return values.get(new Kept<>(key, revision.get()), kept -> read.get());
  }

  public void drop() {
    revision.incrementAndGet();
    values.invalidateAll(); // the revisions before: only memory
  }

  /**
   * Dropped once the current transaction commits (before, a reader would keep what could be rolled
   * back), or at once outside one. A synchronization, not an event: Spring Modulith writes every
   * after-commit event to its publication log, an insert and a delete to clear a value.
   */
  public void dropAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      drop();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        drop();
      }
    });
  }

  /** Changes with every drop: a key for what is made from the values. */
  public long revision() {
    return revision.get();
  }
}
