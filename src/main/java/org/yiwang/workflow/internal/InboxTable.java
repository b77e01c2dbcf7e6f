package org.yiwang.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.event.AbstractFlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.identity.CurrentUser;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.WorkTask;

/**
 * The staff inbox as a table of its own ({@code work_inbox}), kept by listening to the process
 * engine: a task's rows are written, changed and removed in the engine's own transaction, so the
 * inbox never shows a task that is not open. Each open task has a row per audience: each of its
 * candidate groups while unclaimed, {@code user:<name>} once claimed.
 */
@Component
class InboxTable extends AbstractFlowableEventListener implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(InboxTable.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String COLUMNS = "task_id, case_id, name, kind, home_group, assignee, created_at, due_at";
  private static final String URGENCY = "due_at asc nulls last, created_at, task_id";
  private static final String KEYS = "due_at, created_at, task_id";

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  InboxTable(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  // --- kept by the engine's events ---

  @Override
  public void onEvent(FlowableEvent event) {
    if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof Task task)) {
      return;
    }
    // a new task has no rows yet; a completed one is also deleted, and that event removes its rows
    if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
      insert(task);
    } else if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED
        || event.getType() == FlowableEngineEventType.ENTITY_UPDATED) {
      remove(task.getId()); // rewritten whole: the engine reports one change as both assigned and updated
      insert(task);
    } else if (event.getType() == FlowableEngineEventType.ENTITY_DELETED) {
      remove(task.getId());
    }
  }

  /** A failure to keep the inbox fails the engine's command: the inbox and the tasks never differ. */
  @Override
  public boolean isFailOnException() {
    return true;
  }

  private void insert(Task task) {
    if (task.getProcessInstanceId() == null) {
      return; // not a case's task
    }
    String caseId =
        CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId()).getBusinessKey();
    List<String> groups = candidateGroups(task);
    List<String> audiences = task.getAssignee() != null ? List.of(user(task.getAssignee())) : groups;
    String homeGroup = task.getFormKey() != null ? task.getFormKey() : groups.isEmpty() ? null : groups.get(0);
    if (homeGroup == null) {
      return; // a task of no department: no inbox shows it
    }
    for (String audience : audiences) {
      jdbc.sql("insert into work_inbox (audience, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              audience,
              task.getId(),
              caseId,
              task.getName(),
              task.getCategory(),
              homeGroup,
              task.getAssignee(),
              utc(task.getCreateTime()),
              utc(task.getDueDate()))
          .update();
    }
  }

  /** The groups the task's step names in its process model as those who may take it. */
  static List<String> candidateGroups(Task task) {
    var element =
        ProcessDefinitionUtil.getBpmnModel(task.getProcessDefinitionId()).getFlowElement(task.getTaskDefinitionKey());
    return element instanceof UserTask userTask ? userTask.getCandidateGroups() : List.of();
  }

  private void remove(String taskId) {
    jdbc.sql("delete from work_inbox where task_id = ?").param(taskId).update();
  }

  /**
   * Adds the open tasks the table lacks and removes rows of tasks no longer open (a database the
   * engine ran on before this table existed). Runs at start, before the application is ready.
   */
  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(
        status -> {
          int removed = jdbc.sql("delete from work_inbox where task_id not in (select ID_ from ACT_RU_TASK)").update();
          int added =
              jdbc.sql(
                      "insert into work_inbox (audience, " + COLUMNS + ")"
                          + " select case when t.ASSIGNEE_ is null then l.GROUP_ID_ else 'user:' || t.ASSIGNEE_ end,"
                          + " t.ID_, e.BUSINESS_KEY_, t.NAME_, t.CATEGORY_, t.FORM_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_"
                          + " from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                          + " left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and t.ASSIGNEE_ is null"
                          + " where e.BUSINESS_KEY_ is not null and (t.ASSIGNEE_ is not null or l.GROUP_ID_ is not null)"
                          + " and not exists (select 1 from work_inbox w where w.task_id = t.ID_)")
                  .update();
          if (removed + added > 0) {
            log.info("Inbox reconciled with the engine's open tasks: {} rows added, {} removed", added, removed);
          }
        });
  }

  // --- read ---

  /** A page of what the member of staff may handle, the most urgent first. */
  List<WorkTask> page(CurrentUser staff, Set<String> groups, InboxFilter filter, int page, int size) {
    List<String> audiences = audiences(staff, groups);
    List<Object> params = new ArrayList<>();
    List<String> branches = new ArrayList<>();
    long upTo = (long) page * size + size;
    for (String audience : audiences) {
      // each audience an ordered range of its index (keys only), cut at the page's end; merged, they
      // give the page's keys, and only the page's rows are read in full
      branches.add(
          "(select audience, " + KEYS + " from work_inbox where " + where(audience, filter, params)
              + " order by " + URGENCY + " fetch first " + upTo + " rows only)");
    }
    String sql =
        "select " + qualified("w") + " from (select audience, " + KEYS + " from (" + String.join(" union all ", branches)
            + ") ranked order by " + URGENCY + " offset " + (long) page * size + " rows fetch next " + size + " rows only) p"
            + " join work_inbox w on w.audience = p.audience and w.task_id = p.task_id"
            + " order by w.due_at asc nulls last, w.created_at, w.task_id";
    return jdbc.sql(sql).params(params).query((rs, row) -> workTask(rs)).list();
  }

  /** How many tasks {@link #page} has in all. */
  long count(CurrentUser staff, Set<String> groups, InboxFilter filter) {
    long count = 0;
    for (String audience : audiences(staff, groups)) {
      List<Object> params = new ArrayList<>();
      count += jdbc.sql("select count(*) from work_inbox where " + where(audience, filter, params)).params(params).query(Long.class).single();
    }
    return count;
  }

  private static List<String> audiences(CurrentUser staff, Set<String> groups) {
    List<String> audiences = new ArrayList<>(groups);
    audiences.add(user(staff.username()));
    return audiences;
  }

  private static String where(String audience, InboxFilter filter, List<Object> params) {
    StringBuilder where = new StringBuilder("audience = ?");
    params.add(audience);
    if (filter.kind() != null) {
      where.append(" and kind = ?");
      params.add(filter.kind().name());
    }
    if (filter.caseId() != null) {
      where.append(" and case_id = ?");
      params.add(filter.caseId());
    }
    if (filter.overdueOnly()) {
      where.append(" and due_at < ?");
      params.add(filter.today().atStartOfDay(ZONE).toOffsetDateTime());
    }
    return where.toString();
  }

  private static WorkTask workTask(ResultSet rs) throws SQLException {
    OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
    return ProcessModels.workTask(rs.getString("task_id"), rs.getString("case_id"), rs.getString("name"), rs.getString("kind"),
        rs.getString("home_group"), rs.getString("assignee"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        due == null ? null : due.atZoneSameInstant(ZONE).toLocalDate());
  }

  private static String qualified(String table) {
    return table + "." + COLUMNS.replace(", ", ", " + table + ".");
  }

  private static String user(String username) {
    return "user:" + username;
  }

  private static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
