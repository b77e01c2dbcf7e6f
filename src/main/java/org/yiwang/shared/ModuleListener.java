package org.yiwang.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reacts to another module's event once its publisher has committed, on a thread of its own, from
 * the event publication registry (delivered again after a restart until it succeeds): Spring
 * Modulith's {@code @ApplicationModuleListener}, but in one transaction with the publication's
 * bookkeeping, which {@link ListenerTransactions} opens around it, instead of a transaction of its
 * own between two more.
 */
@Async
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModuleListener {}
