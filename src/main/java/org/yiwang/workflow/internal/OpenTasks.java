package org.yiwang.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.workflow.WorkTask;

/**
 * The engine's open tasks read straight from its tables, with their cases' ids, in the caller's
 * transaction. Flowable's task and process-instance queries render their dynamic SQL anew for every
 * call (hundreds of OGNL conditions): 13 % of the application's CPU under P2 went to that for three
 * lookups by id or case (docs/benchmarks.md); the engine's own identity-link lookup read the task again
 * first. Writes still go through the engine.
 */
@Component
class OpenTasks {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String COLUMNS =
      "select t.ID_, t.NAME_, t.CATEGORY_, t.FORM_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, e.BUSINESS_KEY_";
  private static final String FROM = " from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_";
  private static final String SELECT = COLUMNS + FROM;

  /** An open task and the groups its candidate links name (those who may take it besides its assignee). */
  record WithCandidates(WorkTask task, List<String> groups) {}

  private final JdbcClient jdbc;

  OpenTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The open task of a case's process, if there is one with this id. */
  Optional<WorkTask> byId(String taskId) {
    return jdbc.sql(SELECT + " where t.ID_ = ?").param(taskId).query(OpenTasks::workTask).optional();
  }

  /** The case's open tasks, the oldest first. */
  List<WorkTask> ofCase(String caseId) {
    return jdbc.sql(SELECT + " where e.BUSINESS_KEY_ = ? order by t.CREATE_TIME_, t.ID_").param(caseId).query(OpenTasks::workTask).list();
  }

  /** The open task with this id and its candidate groups, in one statement: a row per group. */
  Optional<WithCandidates> withCandidates(String taskId) {
    record Row(WorkTask task, String group) {}
    List<Row> rows =
        jdbc.sql(COLUMNS + ", l.GROUP_ID_" + FROM
                + " left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.GROUP_ID_ is not null where t.ID_ = ?")
            .param(taskId)
            .query((rs, n) -> new Row(workTask(rs, n), rs.getString("GROUP_ID_")))
            .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WithCandidates(rows.get(0).task(), rows.stream().map(Row::group).filter(Objects::nonNull).toList()));
  }

  private static WorkTask workTask(ResultSet rs, int row) throws SQLException {
    // the engine writes its times as the JVM's local time; read back the same way, they are the same instants
    Timestamp due = rs.getTimestamp("DUE_DATE_");
    return ProcessModels.workTask(rs.getString("ID_"), rs.getString("BUSINESS_KEY_"), rs.getString("NAME_"),
        rs.getString("CATEGORY_"), rs.getString("FORM_KEY_"), rs.getString("ASSIGNEE_"),
        rs.getTimestamp("CREATE_TIME_").toInstant(), due == null ? null : due.toInstant().atZone(ZONE).toLocalDate());
  }
}
