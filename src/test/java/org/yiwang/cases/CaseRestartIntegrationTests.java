package org.yiwang.cases;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yiwang.YiwangApplication;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.TestDatabases;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.TaskAction;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform stopped in the middle of a case and started again on the same database: the case,
 * its process and its open task are where they were, and the case runs on to its result.
 */
class CaseRestartIntegrationTests {

  private static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return new SpringApplicationBuilder(YiwangApplication.class)
        .profiles("demo")
        .run(TestDatabases.arguments(withRandomPort(properties)));
  }

  private static Map<String, Object> withRandomPort(Map<String, Object> database) {
    var properties = new java.util.HashMap<>(database);
    properties.put("server.port", "0");
    properties.put("yiwang.supervision.first-check", "PT1H");
    return properties;
  }

  private static CurrentUser user(ConfigurableApplicationContext context, String username) {
    return context.getBean(Accounts.class).find(username).orElseThrow();
  }

  @Test
  void aCaseContinuesWhereItWasAfterARestart() {
    Map<String, Object> database = TestDatabases.isolated("restart");
    String caseId;
    String openTask;
    try (var first = start(database)) {
      Cases cases = first.getBean(Cases.class);
      CurrentUser citizen = user(first, "citizen");
      @SuppressWarnings("unchecked")
      Map<String, Object> form = first.getBean(JsonMapper.class).readValue(CaseFixtures.foodForm(), Map.class);
      caseId = cases.create(citizen, CaseFixtures.FOOD_LICENCE, "new", form, null).id();
      for (String m : List.of("m1", "m2", "m3", "m4", "m5", "m6")) {
        cases.attach(citizen, caseId, m, CaseFixtures.pdf(m), m + ".pdf");
      }
      cases.submit(citizen, caseId, null);
      CurrentUser window = user(first, "scjgj.window");
      String acceptance = cases.inbox(window, new InboxFilter(null, caseId, false, java.time.LocalDate.now(TimeConfiguration.CHINA)), 0, 5).get(0).task().id();
      assertThat(cases.completeTask(window, acceptance, TaskAction.ACCEPT, "受理", List.of()).status()).isEqualTo(CaseStatus.ACCEPTED);
      openTask = cases.view(citizen, caseId).openTasks().get(0).id();
    }

    try (var second = start(database)) {
      Cases cases = second.getBean(Cases.class);
      CaseView after = cases.view(user(second, "citizen"), caseId);
      assertThat(after.status()).isEqualTo(CaseStatus.ACCEPTED);
      assertThat(after.openTasks()).extracting(t -> t.id()).containsExactly(openTask);
      assertThat(after.materials()).allMatch(CaseView.MaterialSlot::uploaded);
      for (String staff : List.of("scjgj.approver", "scjgj.supervisor", "scjgj.window", "scjgj.approver", "scjgj.window")) {
        CurrentUser handler = user(second, staff);
        var mine = cases.inbox(handler, new InboxFilter(null, caseId, false, java.time.LocalDate.now(TimeConfiguration.CHINA)), 0, 5);
        for (var entry : mine) {
          cases.completeTask(handler, entry.task().id(), TaskAction.APPROVE, "同意", List.of());
        }
      }
      assertThat(cases.view(user(second, "citizen"), caseId).status()).isEqualTo(CaseStatus.COMPLETED);
    }
  }
}
