package org.yiwang.workflow.internal;

import java.util.ArrayList;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.shared.db.TimeOrderedIds;

/** What the platform adds to the process engine Flowable's Spring Boot starter builds. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  EngineConfigurationConfigurer<SpringProcessEngineConfiguration> engineSettings(InboxTable inbox) {
    return engine -> {
      var listeners = new ArrayList<FlowableEventListener>();
      if (engine.getEventListeners() != null) {
        listeners.addAll(engine.getEventListeners());
      }
      listeners.add(inbox);
      engine.setEventListeners(listeners);
      // one INSERT per row: MyBatis renders Flowable's multi-row inserts anew for every flush (a regular
      // expression compiled per column and row), and that garbage cost a quarter of a submission's CPU
      // with the province's catalogue in the heap (docs/benchmarks.md, "CPU per operation")
      engine.setBulkInsertEnabled(false);
      // the starter's default, a version 1 UUID, begins with the clock's low bits: its inserts sweep
      // the whole of every index of the engine's tables every seven minutes
      engine.setIdGenerator(TimeOrderedIds::next);
      ActivitiesUnrecorded.installOn(engine);
    };
  }
}
