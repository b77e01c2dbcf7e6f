package org.yiwang.workflow.internal;

import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.ActivityInstanceDataManager;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;

/**
 * The engine's record of the activities a case passes, without the routing between its steps: the
 * sequence flows and the exclusive gateways are written neither to the runtime record
 * ({@code ACT_RU_ACTINST}) nor, since the history is written from it, to the history
 * ({@code ACT_HI_ACTINST}). They were four inserts and two look-ups of every completion and one
 * insert of every submission (P2's and P1's statement lists) that nothing reads: a case's course is
 * its timeline, its tasks are kept in the task history, where it ended in the historic process
 * instance. Tasks, waits and events keep their rows; the engine routes on its executions, not on
 * this record.
 */
final class RoutingUnrecorded extends ActivityInstanceEntityManagerImpl {

  RoutingUnrecorded(ProcessEngineConfigurationImpl engine, ActivityInstanceDataManager activities) {
    super(engine, activities);
  }

  /** Sets this record, and the engine's own data manager under it, on an engine not yet built. */
  static void installOn(ProcessEngineConfigurationImpl engine) {
    var activities = new MybatisActivityInstanceDataManager(engine);
    engine.setActivityInstanceDataManager(activities);
    engine.setActivityInstanceEntityManager(new RoutingUnrecorded(engine, activities));
  }

  @Override
  public void recordSequenceFlowTaken(ExecutionEntity execution) {
    // a flow taken is routing: not recorded
  }

  @Override
  public void recordActivityStart(ExecutionEntity execution) {
    if (!atGateway(execution)) {
      super.recordActivityStart(execution);
    }
  }

  @Override
  public void recordActivityEnd(ExecutionEntity execution, String deleteReason) {
    // without its start recorded, a gateway's end would look for it in the database, then in the history
    if (!atGateway(execution)) {
      super.recordActivityEnd(execution, deleteReason);
    }
  }

  private static boolean atGateway(ExecutionEntity execution) {
    FlowElement current = execution.getCurrentFlowElement();
    // a gateway ends as it leaves, on the flow it chose (the engine names that end by the flow's source)
    if (current instanceof SequenceFlow chosen) {
      current = chosen.getSourceFlowElement();
    }
    return current instanceof ExclusiveGateway;
  }
}
