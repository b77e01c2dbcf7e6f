package org.yiwang.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.workflow.CaseProcesses;
import org.yiwang.workflow.TaskAction;
import org.yiwang.workflow.WorkTask;

/** The inbox table follows the engine's tasks: started, re-dated, repaired at start, completed, cancelled. */
@IntegrationTest
class InboxTableIntegrationTests extends DatabaseProperties {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired CaseProcesses processes;
  @Autowired InboxTable inbox;
  @Autowired ServiceCatalog catalog;
  @Autowired JdbcClient jdbc;

  @Test
  void aTasksRowsFollowItThroughItsLifeAndAreRebuiltFromTheEngine() {
    String caseId = "inbox-" + UUID.randomUUID();
    int version = catalog.publishedItem(CaseFixtures.FOOD_LICENCE).orElseThrow().version();
    processes.start(CaseFixtures.FOOD_LICENCE, version, caseId, LocalDate.of(2030, 1, 10));

    assertThat(audiences(caseId)).containsExactlyInAnyOrder("scjgj:WINDOW", "yshj:WINDOW");
    assertThat(dueDays(caseId)).containsOnly(LocalDate.of(2030, 1, 10));

    processes.setDueDate(caseId, LocalDate.of(2030, 2, 20));
    assertThat(dueDays(caseId)).containsOnly(LocalDate.of(2030, 2, 20));

    // a database whose rows are missing or stale (written before the table existed) is repaired at start
    jdbc.sql("delete from work_inbox where case_id = ?").param(caseId).update();
    jdbc.sql(
            "insert into work_inbox (audience, task_id, case_id, name, kind, home_group, created_at)"
                + " values ('scjgj:WINDOW', 'gone-task', ?, '受理', 'ACCEPTANCE', 'scjgj:WINDOW', current_timestamp)")
        .param(caseId)
        .update();
    inbox.afterSingletonsInstantiated();
    assertThat(audiences(caseId)).containsExactlyInAnyOrder("scjgj:WINDOW", "yshj:WINDOW");
    assertThat(jdbc.sql("select count(*) from work_inbox where task_id = 'gone-task'").query(Long.class).single()).isZero();

    // completed by a member of staff: its rows go, and the next step's task arrives for its own group
    String acceptance = processes.openTasks(caseId).get(0).id();
    var window = new CurrentUser("scjgj.window", "市场监管窗口", AccountType.STAFF, null, "scjgj", Set.of(Role.WINDOW));
    processes.complete(processes.handleable(acceptance, window), TaskAction.ACCEPT, window, "受理", LocalDate.of(2030, 3, 29));
    WorkTask next = processes.openTasks(caseId).get(0);
    assertThat(next.id()).isNotEqualTo(acceptance);
    // created due on the date the completion gave it, in the engine and in the inbox
    assertThat(next.due()).isEqualTo(LocalDate.of(2030, 3, 29));
    assertThat(dueDays(caseId)).containsOnly(LocalDate.of(2030, 3, 29));
    assertThat(jdbc.sql("select task_id from work_inbox where case_id = ?").param(caseId).query(String.class).list())
        .containsOnly(next.id())
        .hasSize(1);
    assertThat(audiences(caseId)).containsExactly(ProcessModels.group(next.departmentCode(), next.role()));

    processes.cancel(caseId, "测试撤回");
    assertThat(audiences(caseId)).isEmpty();
  }

  private List<String> audiences(String caseId) {
    return jdbc.sql("select audience from work_inbox where case_id = ?").param(caseId).query(String.class).list();
  }

  private List<LocalDate> dueDays(String caseId) {
    return jdbc.sql("select due_at from work_inbox where case_id = ?")
        .param(caseId)
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDate())
        .list();
  }
}
