package org.yiwang.shared;

import java.lang.reflect.Method;
import java.util.List;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A module listener's work and its event publication's bookkeeping in one transaction. Spring
 * Modulith 2.0 marks a publication as being processed, runs an {@code @ApplicationModuleListener}
 * in a transaction of its own, then completes the publication, each step in a transaction of its
 * own (its interceptor wraps the listener's transaction): three commits for every event (P2's
 * statement lists: 6 of a completion pair's 9 transactions). For a {@link ModuleListener} this
 * advisor opens the transaction outside Modulith's interceptor, so the mark, the listener's work and
 * the completion commit together, as Modulith 2.2 does by default (spring-modulith#1961). A listener
 * that fails rolls back its work and both marks: its publication stays incomplete and is delivered
 * again at the next start, as before.
 *
 * <p>{@code @ApplicationModuleListener} is refused at start: it would commit apart from its
 * bookkeeping again.
 */
@Configuration(proxyBeanMethods = false)
class ListenerTransactions {

  /** Outside Modulith's completion interceptor ({@code HIGHEST_PRECEDENCE + 10}), inside {@code @Async}. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor moduleListenerTransactions(BeanFactory beans) {
    var interceptor = new TransactionInterceptor();
    // resolved on first use: an advisor is built before the transaction manager
    interceptor.setBeanFactory(beans);
    interceptor.setTransactionManagerBeanName("transactionManager");
    interceptor.setTransactionAttributeSource(new MatchAlwaysTransactionAttributeSource() {
      @Override
      public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
        var attribute = new RuleBasedTransactionAttribute(TransactionAttribute.PROPAGATION_REQUIRED,
            List.of(new RollbackRuleAttribute(Throwable.class)));
        attribute.setName(targetClass.getSimpleName() + "." + method.getName());
        return attribute;
      }
    });
    var advisor = new DefaultPointcutAdvisor(new ModuleListeners(), interceptor);
    advisor.setOrder(ORDER);
    return advisor;
  }

  /** Methods annotated {@link ModuleListener}; an {@link ApplicationModuleListener} stops the start. */
  static final class ModuleListeners extends StaticMethodMatcherPointcut {
    @Override
    public boolean matches(Method method, Class<?> targetClass) {
      Method declared = AopUtils.getMostSpecificMethod(method, targetClass);
      if (AnnotatedElementUtils.hasAnnotation(declared, ApplicationModuleListener.class)) {
        throw new IllegalStateException(targetClass.getName() + "." + method.getName()
            + ": a module listener commits with its event publication's bookkeeping; annotate it @"
            + ModuleListener.class.getName() + " instead of @ApplicationModuleListener");
      }
      return AnnotatedElementUtils.hasAnnotation(declared, ModuleListener.class);
    }
  }
}
