package org.yiwang.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Periodic work (index and cache reconciliation, the catalogue audit, e-supervision, chaining the
 * audit log) runs on a scheduler of its own threads, so that one long round (e-supervision over a
 * province's open cases) does not hold up the others: Boot's default is one thread, and with
 * virtual threads its scheduler runs every fixed-delay task on its single scheduling thread. The
 * asynchronous work (event listeners) stays on Boot's task executor
 * ({@code spring.task.execution.mode=force}: this scheduler is an executor too, and Boot would
 * otherwise leave the listeners to its 4 threads).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

  @Bean
  ThreadPoolTaskScheduler taskScheduler() {
    var scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(4);
    scheduler.setThreadNamePrefix("scheduling-");
    return scheduler;
  }
}
