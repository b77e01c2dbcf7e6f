package org.yiwang.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.workflow.CaseProcesses;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;
import org.yiwang.workflow.WorkTask;

/**
 * A case's process as the engine runs it: a completion's outcome routes it without being stored, also
 * for processes that stored it before; a task completed or claimed meanwhile is refused; a finished
 * task is recorded with its completer, and the engine keeps no history and no record of its activities.
 */
@IntegrationTest
class CaseProcessIntegrationTests extends DatabaseProperties {

  private static final CurrentUser WINDOW =
      new CurrentUser("scjgj.window", "市场监管窗口", AccountType.STAFF, null, "scjgj", Set.of(Role.WINDOW));

  @Autowired CaseProcesses processes;
  @Autowired RuntimeService runtime;
  @Autowired ServiceCatalog catalog;
  @Autowired JdbcClient jdbc;
  @Autowired DefinitionReferencesUnchecked references;

  @Test
  void anAcceptanceLeadsToTheNextStepAndStoresNoVariable() {
    String caseId = started();
    accept(caseId);

    assertThat(processes.openTasks(caseId)).extracting(WorkTask::kind).containsExactly(StepKind.REVIEW);
    assertThat(stored("ACT_RU_VARIABLE", caseId)).isZero();
  }

  /** A process in flight since before the outcome became transient holds the outcome of its last step. */
  @Test
  void aStoredOutcomeOfAnEarlierStepDoesNotRouteTheNextOne() {
    String caseId = started();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult().getId();
    runtime.setVariable(instance, ProcessModels.OUTCOME, TaskAction.REFUSE.name());

    accept(caseId);

    assertThat(processes.openTasks(caseId))
        .as("accepted, not refused: the case goes on to its review")
        .extracting(WorkTask::kind)
        .containsExactly(StepKind.REVIEW);
  }

  /** A task read for completion, then completed by a colleague before this completion reaches the engine. */
  @Test
  void aTaskCompletedSinceItWasReadIsRefusedWithConflict() {
    String caseId = started();
    WorkTask read = processes.handleable(processes.openTasks(caseId).get(0).id(), WINDOW);
    accept(caseId);

    assertThatThrownBy(() -> processes.complete(read, TaskAction.ACCEPT, WINDOW, "受理", LocalDate.of(2030, 3, 29)))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> processes.handleable(read.id(), WINDOW))
        .as("asked again, the finished task is refused before any change")
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThat(finished(caseId)).as("the refused second completion records nothing").hasSize(1);
    assertThat(processes.openTasks(caseId)).extracting(WorkTask::kind).containsExactly(StepKind.REVIEW);
  }

  /** A finished task is "already completed" to those who could have handled it, and unknown to anyone else. */
  @Test
  void aFinishedTaskIsAConflictForItsDepartmentsWindowAndNotFoundForOthers() {
    String caseId = started();
    String acceptance = processes.openTasks(caseId).get(0).id();
    accept(caseId);
    var colleague = new CurrentUser("scjgj.colleague", "市场监管窗口同事", AccountType.STAFF, null, "scjgj", Set.of(Role.WINDOW));
    var approver = new CurrentUser("scjgj.approver", "市场监管审批人员", AccountType.STAFF, null, "scjgj", Set.of(Role.APPROVER));
    var otherWindow = new CurrentUser("rsj.window", "人社窗口人员", AccountType.STAFF, null, "rsj", Set.of(Role.WINDOW));

    for (CurrentUser couldHave : List.of(WINDOW, colleague)) {
      assertThatThrownBy(() -> processes.handleable(acceptance, couldHave)).as(couldHave.username())
          .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.violations()).extracting(BusinessRuleException.Violation::messageCode).containsExactly("workflow.task.alreadyCompleted");
          });
    }
    for (CurrentUser couldNot : List.of(approver, otherWindow)) {
      assertThatThrownBy(() -> processes.handleable(acceptance, couldNot)).as(couldNot.username())
          .isInstanceOf(org.yiwang.shared.NotFoundException.class);
    }
  }

  /** A colleague's claim made after the task was read for completion (the read comes before the case's lock) stands. */
  @Test
  void aTaskClaimedByAColleagueSinceItWasReadIsRefusedWithConflict() {
    String caseId = started();
    WorkTask read = processes.handleable(processes.openTasks(caseId).get(0).id(), WINDOW);
    var colleague = new CurrentUser("scjgj.colleague", "市场监管窗口同事", AccountType.STAFF, null, "scjgj", Set.of(Role.WINDOW));
    processes.claim(read.id(), colleague);

    assertThatThrownBy(() -> processes.complete(read, TaskAction.ACCEPT, WINDOW, "受理", LocalDate.of(2030, 3, 29)))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.violations()).extracting(BusinessRuleException.Violation::messageCode).containsExactly("workflow.task.claimedByOther");
        });
    assertThat(processes.openTasks(caseId))
        .as("still open, still the colleague's")
        .extracting(WorkTask::kind, WorkTask::assignee)
        .containsExactly(tuple(StepKind.ACCEPTANCE, "scjgj.colleague"));
    assertThat(finished(caseId)).as("a refused completion records nothing").isEmpty();
  }

  @Test
  void anAcceptedCaseRecordsItsFinishedTaskAndTheEngineNoHistoryNorActivities() {
    List<Long> history = engineHistory();
    String caseId = started();
    String acceptance = processes.openTasks(caseId).get(0).id();

    accept(caseId);

    assertThat(processes.openTasks(caseId)).as("the gateway still routes the accepted case")
        .extracting(WorkTask::kind).containsExactly(StepKind.REVIEW);
    assertThat(finished(caseId)).as("the finished acceptance: its step, its completer, who could have handled it")
        .containsExactly(acceptance + " 受理 scjgj.window scjgj:WINDOW,yshj:WINDOW");
    assertThat(activities(caseId)).as("ACT_RU_ACTINST: no start, no task, no flow, no gateway").isZero();
    assertThat(engineHistory()).as("the engine's history tables (process instances, tasks, activities, links, variables)")
        .isEqualTo(history);
    assertThat(jdbc.sql("select count(*) from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_"
                + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where e.BUSINESS_KEY_ = ?")
            .param(caseId).query(Long.class).single())
        .as("the open review's candidate group, as the engine keeps it")
        .isPositive();
  }

  @Test
  void aRefusedCaseEndsItsProcessWithNoHistoryNorActivities() {
    List<Long> history = engineHistory();
    String caseId = started();
    String acceptance = processes.openTasks(caseId).get(0).id();

    decideAcceptance(caseId, TaskAction.REFUSE, "不符合受理条件");

    assertThat(processes.openTasks(caseId)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).as("the process ended").isZero();
    assertThat(finished(caseId)).containsExactly(acceptance + " 受理 scjgj.window scjgj:WINDOW,yshj:WINDOW");
    assertThat(engineHistory()).isEqualTo(history);
  }

  /** The case's acceptance, completed by the window. */
  private void accept(String caseId) {
    decideAcceptance(caseId, TaskAction.ACCEPT, "受理");
  }

  private void decideAcceptance(String caseId, TaskAction action, String opinion) {
    WorkTask acceptance = processes.handleable(processes.openTasks(caseId).get(0).id(), WINDOW);
    processes.complete(acceptance, action, WINDOW, opinion, LocalDate.of(2030, 3, 29));
  }

  /**
   * A case's execution and task point to its process definition, but the database no longer checks it
   * by locking the definition's row: every case of a popular item locked the same row.
   */
  @Test
  void theEnginesRowsPointToTheirDefinitionWithoutAForeignKeyToIt() {
    assertThat(references.keysToDefinitions("ACT_RU_EXECUTION")).isEmpty();
    assertThat(references.keysToDefinitions("ACT_RU_TASK")).isEmpty();
    // only those: the keys between the engine's own runtime rows stay (read here from the standard catalogue)
    assertThat(foreignKeysOf("ACT_RU_EXECUTION")).as("the execution's keys to its instance, parent and caller").hasSize(3);
    assertThat(foreignKeysOf("ACT_RU_TASK")).as("the task's keys to its execution and instance").hasSize(2);

    String caseId = started();
    String definition = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult().getProcessDefinitionId();
    assertThat(jdbc.sql("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ = ?").param(definition).query(Long.class).single())
        .isPositive();
  }

  private List<String> foreignKeysOf(String table) {
    return jdbc.sql("select constraint_name from information_schema.table_constraints"
            + " where constraint_type = 'FOREIGN KEY' and upper(table_name) = ?")
        .param(table)
        .query(String.class)
        .list();
  }

  private String started() {
    String caseId = "outcome-" + UUID.randomUUID();
    int version = catalog.publishedItem(CaseFixtures.FOOD_LICENCE).orElseThrow().version();
    processes.start(CaseFixtures.FOOD_LICENCE, version, caseId, LocalDate.of(2030, 1, 10));
    return caseId;
  }

  /** Each finished task of the case as "task step completer groups". */
  private List<String> finished(String caseId) {
    return jdbc.sql("select task_id || ' ' || step_name || ' ' || completed_by || ' ' || candidate_groups from finished_task where case_id = ?")
        .param(caseId)
        .query(String.class)
        .list();
  }

  /** How many rows each of the engine's history tables holds, for all cases: with no history they never grow. */
  private List<Long> engineHistory() {
    return List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_IDENTITYLINK", "ACT_HI_VARINST").stream()
        .map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
        .toList();
  }

  private long activities(String caseId) {
    return jdbc.sql("select count(*) from ACT_RU_ACTINST a join ACT_RU_EXECUTION e on e.ID_ = a.PROC_INST_ID_ where e.BUSINESS_KEY_ = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  private long stored(String table, String caseId) {
    return jdbc.sql(
            "select count(*) from " + table + " v join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_"
                + " where e.BUSINESS_KEY_ = ? and v.NAME_ = ?")
        .params(caseId, ProcessModels.OUTCOME)
        .query(Long.class)
        .single();
  }
}
