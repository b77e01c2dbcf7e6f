package org.yiwang.workflow.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tasks members of staff completed ({@code finished_task}), written with each completion in its
 * transaction: who completed the task and which groups could have handled it. A task asked for again
 * is "already completed" to those, "not found" to anyone else. The engine keeps no history of its own
 * ({@code flowable.history-level=none}): this was the one question the platform asked of it.
 */
@Component
class FinishedTasks {

  /** What a finished task tells of who could have handled it: its completer and its step's groups. */
  record FinishedTask(String completedBy, List<String> candidateGroups) {

    boolean couldHaveBeenHandledBy(String username, Set<String> groups) {
      return completedBy.equals(username) || !Collections.disjoint(candidateGroups, groups);
    }
  }

  private static final String SEPARATOR = ",";

  private final JdbcClient jdbc;
  private final Clock clock;

  FinishedTasks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the task as completed by {@code completedBy}; call in the completion's transaction. */
  void record(Task task, String caseId, String completedBy) {
    jdbc.sql(
            "insert into finished_task (task_id, case_id, step_name, candidate_groups, completed_by, completed_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            task.getId(),
            caseId,
            task.getName(),
            String.join(SEPARATOR, InboxTable.candidateGroups(task)),
            completedBy,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
        .update();
  }

  Optional<FinishedTask> find(String taskId) {
    return jdbc.sql("select completed_by, candidate_groups from finished_task where task_id = ?")
        .param(taskId)
        .query((rs, n) -> new FinishedTask(rs.getString(1), List.of(rs.getString(2).split(SEPARATOR))))
        .optional();
  }
}
