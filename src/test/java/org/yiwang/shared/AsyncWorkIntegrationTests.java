package org.yiwang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/**
 * The modules' event listeners and other {@code @Async} work run on the application's task executor,
 * not on the scheduler's few threads, where they waited behind the periodic rounds (the scheduler is
 * an executor too, and Boot then made no task executor of its own).
 */
@IntegrationTest
class AsyncWorkIntegrationTests extends DatabaseProperties {

  @Autowired ApplicationContext context;

  @Test
  void asyncWorkRunsOnTheTaskExecutorNotOnTheScheduler() throws Exception {
    Executor async = context.getBean(AsyncConfigurer.class).getAsyncExecutor();
    assertThat(async).isNotNull().isSameAs(context.getBean("applicationTaskExecutor")).isNotSameAs(context.getBean(TaskScheduler.class));
    var thread = new CompletableFuture<String>();
    async.execute(() -> thread.complete(Thread.currentThread().getName()));
    assertThat(thread.get(10, TimeUnit.SECONDS)).startsWith("task-").doesNotStartWith("scheduling-");
  }
}
