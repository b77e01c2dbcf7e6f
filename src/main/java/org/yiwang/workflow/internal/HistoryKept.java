package org.yiwang.workflow.internal;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.history.DefaultHistoryConfigurationSettings;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;

/**
 * What the engine's history keeps (level {@code audit} otherwise): its process instances and tasks,
 * from which a task asked for again is answered "already completed" and where a process ended is
 * known; not the activities ({@link ActivitiesUnrecorded}: the history manager's own paths to them,
 * a claim's for one, would look for them first), and not who could take each task: the candidate
 * groups are the process model's, read from it when needed. The history's identity links were one
 * insert of every completion and two of every submission that nothing reads.
 */
final class HistoryKept extends DefaultHistoryConfigurationSettings {

  private HistoryKept(ProcessEngineConfigurationImpl engine) {
    super(engine);
  }

  /** Sets these settings on an engine not yet built. */
  static void installOn(ProcessEngineConfigurationImpl engine) {
    engine.setHistoryConfigurationSettings(new HistoryKept(engine));
  }

  @Override
  public boolean isHistoryEnabledForActivity(ActivityInstance activity) {
    return false;
  }

  @Override
  public boolean isHistoryEnabledForActivity(String processDefinitionId, String activityId) {
    return false;
  }

  @Override
  public boolean isHistoryEnabledForIdentityLink(IdentityLinkEntity identityLink) {
    return false;
  }
}
