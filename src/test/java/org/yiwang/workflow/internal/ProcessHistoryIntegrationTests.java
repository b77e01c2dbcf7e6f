package org.yiwang.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.workflow.CaseProcesses;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;
import org.yiwang.workflow.WorkTask;

/** The engine's history keeps a case's steps and events, not the flows and gateways between them. */
@IntegrationTest
class ProcessHistoryIntegrationTests extends DatabaseProperties {

  private static final CurrentUser WINDOW =
      new CurrentUser("scjgj.window", "市场监管窗口", AccountType.STAFF, null, "scjgj", Set.of(Role.WINDOW));

  @Autowired CaseProcesses processes;
  @Autowired ServiceCatalog catalog;
  @Autowired JdbcClient jdbc;

  @Test
  void anAcceptedCaseHasItsTasksAndStartInHistoryButNoRouting() {
    String caseId = "history-" + UUID.randomUUID();
    var item = catalog.publishedItem(CaseFixtures.FOOD_LICENCE).orElseThrow();
    String reviewStep = ProcessModels.steps(item.content()).get(1).id();
    processes.start(item.code(), item.version(), caseId, LocalDate.of(2030, 1, 10));
    WorkTask acceptance = processes.openTasks(caseId).get(0);

    processes.complete(acceptance.id(), TaskAction.ACCEPT, WINDOW, "受理", LocalDate.of(2030, 3, 29));

    assertThat(processes.openTasks(caseId)).as("the gateway still routes the accepted case")
        .extracting(WorkTask::kind).containsExactly(StepKind.REVIEW);
    assertThat(activities("ACT_HI_ACTINST", caseId))
        .as("the start, the finished acceptance and the open review; no flow, no gateway")
        .containsExactly("startEvent submitted ended", "userTask s1_acceptance ended", "userTask " + reviewStep + " open");
    assertThat(activities("ACT_RU_ACTINST", caseId))
        .as("the engine's runtime record of the same case still holds the routing")
        .anyMatch(row -> row.startsWith("exclusiveGateway s1_acceptance_outcome"))
        .anyMatch(row -> row.startsWith("sequenceFlow"));
  }

  /** Each activity of the case's process as "type activity ended|open", in the order they started. */
  private List<String> activities(String table, String caseId) {
    return jdbc.sql(
            "select a.ACT_TYPE_ || ' ' || a.ACT_ID_ || case when a.END_TIME_ is null then ' open' else ' ended' end from " + table + " a"
                + " join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ where p.BUSINESS_KEY_ = ?"
                + " order by a.START_TIME_, a.TRANSACTION_ORDER_")
        .param(caseId)
        .query(String.class)
        .list();
  }
}
