package org.yiwang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The count of materials e-licenses stood in for, kept for a minute and counted again after a change here commits. */
class LicenseReuseCountTests {

  private final AtomicLong nanos = new AtomicLong();
  private final LicenseReuseCount kept = new LicenseReuseCount(nanos::get);
  private final AtomicLong inDatabase = new AtomicLong(5);
  private int counted;

  private long count() {
    counted++;
    return inDatabase.get();
  }

  @Test
  void aCountIsKeptUntilAChangeHereCommits() {
    assertThat(kept.get(this::count)).isEqualTo(5);
    inDatabase.set(6); // another node's reuse
    assertThat(kept.get(this::count)).isEqualTo(5);
    assertThat(counted).isEqualTo(1);

    TransactionSynchronizationManager.initSynchronization();
    try {
      kept.changedAfterCommit();
      assertThat(kept.get(this::count)).as("not before the commit").isEqualTo(5);
      TransactionSynchronizationUtils.triggerAfterCommit();
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    assertThat(kept.get(this::count)).isEqualTo(6);
    assertThat(counted).isEqualTo(2);
  }

  @Test
  void anotherNodesReuseIsCountedOnceTheCountIsAMinuteOld() {
    assertThat(kept.get(this::count)).isEqualTo(5);
    inDatabase.set(7);
    nanos.addAndGet(LicenseReuseCount.KEPT.toNanos() - 1);
    assertThat(kept.get(this::count)).isEqualTo(5);
    nanos.addAndGet(1);
    assertThat(kept.get(this::count)).isEqualTo(7);
    assertThat(counted).isEqualTo(2);
  }

  @Test
  void aCountBegunBeforeAChangeIsNotKeptAfterIt() throws Exception {
    var counting = new CountDownLatch(1);
    var answer = new CountDownLatch(1);
    var before = CompletableFuture.supplyAsync(() -> kept.get(() -> {
      counting.countDown();
      await(answer);
      return 5; // what the database held when the count began
    }));
    assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
    inDatabase.set(6);
    var change = CompletableFuture.runAsync(kept::changed); // committed while the count runs
    try {
      change.get(1, TimeUnit.SECONDS);
    } catch (TimeoutException waitsForTheCount) {
      // Caffeine may hold an invalidation until the load it meets has ended; the revision advanced first
    }
    answer.countDown();
    assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(5);
    change.get(10, TimeUnit.SECONDS);
    assertThat(kept.get(this::count)).isEqualTo(6);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
