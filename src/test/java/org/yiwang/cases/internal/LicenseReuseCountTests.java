package org.yiwang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The count of materials e-licenses stood in for, kept for a minute and counted again after a change here. */
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

    kept.on(new LicenseReuseCount.Changed());
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
}
