package org.yiwang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.support.CompletionRegisteringAdvisor;
import org.springframework.scheduling.annotation.AsyncAnnotationAdvisor;
import org.springframework.util.ReflectionUtils;
import org.yiwang.support.IntegrationTest;

/**
 * Every module listener of the platform runs in one transaction with its publication's bookkeeping:
 * on its own thread ({@code @Async} outermost), then the listener's transaction, then Modulith's
 * marks inside it. (That notifications, licenses and deployments still happen is what the case,
 * license and catalogue tests show.)
 */
@IntegrationTest
class ListenerTransactionsIntegrationTests {

  @Autowired ApplicationContext context;

  @Test
  void theListenersTransactionIsOpenedInsideTheAsyncHandOffAndOutsideModulithsMarks() {
    Map<String, Advised> listeners = new TreeMap<>();
    for (String name : context.getBeanDefinitionNames()) {
      Object bean = context.getBean(name);
      if (hasModuleListener(AopUtils.getTargetClass(bean))) {
        assertThat(bean).as(name).isInstanceOf(Advised.class);
        listeners.put(name, (Advised) bean);
      }
    }

    // the notifier, the license service, the quality audit and the process deployer
    assertThat(listeners).hasSizeGreaterThanOrEqualTo(4);
    listeners.forEach((name, advised) -> {
      int async = position(advised, AsyncAnnotationAdvisor.class);
      int transaction = listenerTransaction(advised);
      int marks = position(advised, CompletionRegisteringAdvisor.class);
      assertThat(List.of(async, transaction, marks)).as(name + ": @Async, the listener's transaction, Modulith's marks")
          .doesNotContain(-1)
          .isSorted();
    });
  }

  private static boolean hasModuleListener(Class<?> type) {
    for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
      if (AnnotatedElementUtils.hasAnnotation(method, ModuleListener.class)) {
        return true;
      }
    }
    return false;
  }

  private static int position(Advised advised, Class<? extends Advisor> type) {
    Advisor[] chain = advised.getAdvisors();
    for (int i = 0; i < chain.length; i++) {
      if (type.isInstance(chain[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int listenerTransaction(Advised advised) {
    Advisor[] chain = advised.getAdvisors();
    for (int i = 0; i < chain.length; i++) {
      if (chain[i] instanceof PointcutAdvisor p && p.getPointcut() instanceof ListenerTransactions.ModuleListeners) {
        return i;
      }
    }
    return -1;
  }
}
