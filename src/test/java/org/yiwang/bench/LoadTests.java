package org.yiwang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The load's two ways of driving: what they count and from when. No speed is asserted: every bound
 * below follows from the load's rules whatever the machine's speed.
 */
class LoadTests {

  @Test
  void anOpenLoopNeverRunsAheadOfItsRate() throws Exception {
    var result = Load.atRate("fast", 4, 200, 0.2, 1.0, Load.Meters.NONE, client -> true);

    // operations are due every 5 ms: a second holds at most 200 of them (plus one per client at the edge)
    assertThat(result.operations()).isPositive().isLessThanOrEqualTo(204);
    assertThat(result.offered()).isEqualTo(200);
    assertThat(result.openLoop()).isTrue();
  }

  @Test
  void anOpenLoopCountsTheWaitBehindASlowOperation() throws Exception {
    // one client that needs at least 20 ms an operation, offered one every 10 ms: the queue grows by
    // at least 5 ms an operation, so operations finishing in the measured second have waited far
    // longer than any one of them took. A closed loop hides that wait.
    Load.Operation slow = client -> {
      Thread.sleep(20);
      return true;
    };
    var open = Load.atRate("overloaded", 1, 100, 0.2, 1.0, Load.Meters.NONE, slow);
    var closed = Load.run("closed", 1, 0.2, 1.0, Load.Meters.NONE, slow);

    assertThat(open.maxMillis()).isGreaterThan(200);
    assertThat(open.percentileMillis(50)).isGreaterThan(closed.percentileMillis(50) + 50);
    assertThat(closed.openLoop()).isFalse();
  }

  @Test
  void errorsAreCountedNotTimed() throws Exception {
    var result = Load.atRate("failing", 2, 100, 0, 0.5, Load.Meters.NONE, client -> {
      throw new IllegalStateException("refused");
    });

    assertThat(result.operations()).isZero();
    assertThat(result.errors()).isPositive();
    assertThat(result.firstError()).isEqualTo("failing: java.lang.IllegalStateException: refused");
  }

  @Test
  void anOpenLoopNeedsARate() {
    assertThatThrownBy(() -> Load.atRate("none", 1, 0, 0, 1, Load.Meters.NONE, client -> true))
        .hasMessageContaining("needs a rate above 0");
  }
}
