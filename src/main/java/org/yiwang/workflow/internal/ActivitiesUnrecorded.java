package org.yiwang.workflow.internal;

import java.util.Date;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.ActivityInstanceDataManager;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * The engine without its record of the activities a case passes: no activity is written to the
 * runtime record ({@code ACT_RU_ACTINST}), and the engine keeps no history at all
 * ({@code flowable.history-level=none}). Nothing of the platform reads them: a case's course is its
 * timeline ({@code case_event}), a finished task is answered "already completed" from
 * {@link FinishedTasks}. The engine routes on its executions, not on this record. They were seven
 * statements of every task completion (insert, look-ups and update, in the record and the history)
 * and four of every submission (docs/benchmarks.md, "The engine's activity record left out").
 *
 * <p>Rows written before this was installed stay as they are; a process's runtime rows are still
 * deleted when it ends.
 */
final class ActivitiesUnrecorded extends ActivityInstanceEntityManagerImpl {

  ActivitiesUnrecorded(ProcessEngineConfigurationImpl engine, ActivityInstanceDataManager activities) {
    super(engine, activities);
  }

  /** Sets this record on an engine not yet built. */
  static void installOn(ProcessEngineConfigurationImpl engine) {
    var activities = new MybatisActivityInstanceDataManager(engine);
    engine.setActivityInstanceDataManager(activities);
    engine.setActivityInstanceEntityManager(new ActivitiesUnrecorded(engine, activities));
  }

  @Override
  public void recordActivityStart(ExecutionEntity execution) {
    // not recorded
  }

  @Override
  public void recordActivityEnd(ExecutionEntity execution, String deleteReason) {
    // not recorded
  }

  @Override
  public void recordSequenceFlowTaken(ExecutionEntity execution) {
    // not recorded
  }

  @Override
  public void recordSubProcessInstanceStart(ExecutionEntity parent, ExecutionEntity subProcessInstance) {
    getHistoryManager().recordProcessInstanceStart(subProcessInstance);
  }

  @Override
  public void recordTaskCreated(TaskEntity task, ExecutionEntity execution) {
    getHistoryManager().recordTaskCreated(task, execution);
  }

  @Override
  public void recordActivityTaskEnd(TaskEntity task, ExecutionEntity execution, String completerUserId, String deleteReason, Date endTime) {
    getHistoryManager().recordTaskEnd(task, execution, completerUserId, deleteReason, endTime);
  }

  @Override
  public void recordTaskInfoChange(TaskEntity task, Date changeTime) {
    getHistoryManager().recordTaskInfoChange(task, null, changeTime);
  }
}
