package org.yiwang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;

/** Which methods get the listener's transaction, and the refusal of a listener that would commit apart. */
class ListenerTransactionsTests {

  static class Listeners {
    @ModuleListener
    void joins(String event) {}

    @ApplicationModuleListener
    void ownTransaction(String event) {}

    void notAListener(String event) {}
  }

  private final ListenerTransactions.ModuleListeners pointcut = new ListenerTransactions.ModuleListeners();

  @Test
  void aModuleListenerIsAdvisedAndNothingElse() throws Exception {
    assertThat(pointcut.matches(Listeners.class.getDeclaredMethod("joins", String.class), Listeners.class)).isTrue();
    assertThat(pointcut.matches(Listeners.class.getDeclaredMethod("notAListener", String.class), Listeners.class)).isFalse();
  }

  @Test
  void anApplicationModuleListenerWithATransactionOfItsOwnStopsTheStart() {
    assertThatThrownBy(() -> pointcut.matches(Listeners.class.getDeclaredMethod("ownTransaction", String.class), Listeners.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Listeners.ownTransaction")
        .hasMessageContaining("@org.yiwang.shared.ModuleListener instead of @ApplicationModuleListener");
  }
}
