package org.yiwang.workflow.internal;

import java.util.Set;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.history.DefaultHistoryConfigurationSettings;
import org.flowable.engine.runtime.ActivityInstance;

/**
 * The engine's history (level {@code audit}) without the routing between steps: the sequence flows
 * and the gateways a case passes are not written to {@code ACT_HI_ACTINST}. Their rows were three
 * inserts of every completion and one of every submission (P2's and P1's statement lists) that
 * nothing reads: a case's course is its timeline, its tasks are kept in the task history, and
 * where it ended in the historic process instance. Tasks, waits and events keep their history rows.
 */
final class RoutingOutOfHistory extends DefaultHistoryConfigurationSettings {

  /** Activity types as the engine names them (the model class's simple name, decapitalised). */
  static final Set<String> ROUTING = Set.of("sequenceFlow", "exclusiveGateway");

  RoutingOutOfHistory(ProcessEngineConfigurationImpl engine) {
    super(engine);
  }

  @Override
  public boolean isHistoryEnabledForActivity(ActivityInstance activity) {
    String type = activity.getActivityType(); // Set.of refuses to look up null
    return (type == null || !ROUTING.contains(type)) && super.isHistoryEnabledForActivity(activity);
  }
}
