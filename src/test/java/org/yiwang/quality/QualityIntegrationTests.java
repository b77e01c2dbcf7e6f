package org.yiwang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The audit over the demo catalogue, the governance API, the scoreboard, and blocked publication. */
@IntegrationTest
class QualityIntegrationTests extends DatabaseProperties {

  @Autowired MockMvc mvc;
  @Autowired CatalogueQuality quality;
  @Autowired ServiceCatalog catalog;
  @Autowired UserDetailsService users;

  /** The audit at start runs in the background: the checks below are about its results. */
  @BeforeEach
  void startAuditDone() {
    await().atMost(Duration.ofSeconds(60)).until(() -> quality.report().audited());
  }

  @Test
  void theDemoCatalogueGivesANonTrivialRanking() {
    QualityReport report = quality.report();
    assertThat(report.items()).isEqualTo(1287);
    assertThat(report.departments()).hasSize(34);
    var best = report.departments().get(0).score().doubleValue();
    var worst = report.departments().get(33).score().doubleValue();
    assertThat(best).isGreaterThan(90);
    assertThat(worst).isLessThan(60);
    assertThat(report.departments())
        .extracting(d -> d.score().doubleValue())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void handWrittenItemsAreClean() {
    assertThat(quality.item("210800-SCJGJ-XK-0001").orElseThrow().findings()).isEmpty();
    assertThat(quality.item("210800-SCJGJ-XK-0001").orElseThrow().score()).isEqualTo(100);
  }

  @Test
  void aFindingThatRecursAcrossItemsIsKeptOnce() {
    quality.auditAll();
    Map<Finding, Finding> seen = new HashMap<>();
    int recurring = 0;
    for (String code : catalog.publishedVersions().keySet()) {
      for (Finding finding : quality.item(code).orElseThrow().findings()) {
        Finding first = seen.putIfAbsent(finding, finding);
        if (first != null) {
          recurring++;
          assertThat(finding).isSameAs(first);
        }
      }
    }
    assertThat(recurring).isGreaterThan(100);
  }

  @Test
  void thePlatformAdministratorSeesEveryDepartment() throws Exception {
    mvc.perform(get("/api/v1/catalogue/quality").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score", greaterThan(0.0)))
        .andExpect(jsonPath("$.departments", hasSize(34)))
        .andExpect(jsonPath("$.departments[0].items", greaterThan(0)));
  }

  @Test
  void aDepartmentAdministratorSeesOnlyTheirOwn() throws Exception {
    mvc.perform(get("/api/v1/catalogue/quality").with(as("qxj.admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.departments", hasSize(1)))
        .andExpect(jsonPath("$.departments[0].code").value("qxj"));
    String other = quality.itemsOfDepartment("lcj").get(0).code();
    mvc.perform(get("/api/v1/catalogue/quality/items/{c}", other).with(as("qxj.admin"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/catalogue/quality").with(as("citizen"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/catalogue/quality")).andExpect(status().isUnauthorized());
  }

  @Test
  void itemFindingsNameRuleSeverityFieldAndMessage() throws Exception {
    ItemQuality worst = quality.itemsOfDepartment("qxj").get(0);
    mvc.perform(get("/api/v1/catalogue/quality/items/{c}", worst.code()).with(as("qxj.admin")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(worst.code()))
        .andExpect(jsonPath("$.score").value(worst.score()))
        .andExpect(jsonPath("$.findings", hasSize(worst.findings().size())))
        .andExpect(jsonPath("$.findings[0].rule").value(worst.findings().get(0).rule()))
        .andExpect(jsonPath("$.findings[0].message", org.hamcrest.Matchers.not(containsString("quality.rule"))));
  }

  @Test
  void theScoreboardLinksEachFindingToTheFieldToFix() throws Exception {
    String html =
        mvc.perform(get("/backoffice/quality/departments/qxj").with(as("qxj.admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    ItemQuality item = quality.itemsOfDepartment("qxj").get(0);
    Finding first = item.findings().get(0);
    assertThat(html).contains("/backoffice/items/" + item.code() + "/edit#" + first.fieldAnchor());
    mvc.perform(get("/backoffice/quality").with(as("qxj.admin"))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/backoffice/quality/departments/lcj").with(as("qxj.admin"))).andExpect(status().isForbidden());
    mvc.perform(get("/backoffice/quality").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"rank-qxj\"")));
  }

  @Test
  void theWholeCatalogueExportsToExcel() throws Exception {
    byte[] xlsx =
        mvc.perform(get("/backoffice/quality/export.xlsx").with(as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(34);
      assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(quality.report().findings());
    }
  }

  @Test
  void aVersionWithBlockingFindingsIsRefusedAndPublishedOnceFixed() throws Exception {
    ItemQuality blocked =
        quality.itemsOfDepartment("rfb").stream()
            .filter(i -> i.findings().stream().anyMatch(f -> f.rule().equals("RESPONSIBLE_OFFICE_EMPTY")))
            .findFirst()
            .or(() -> quality.itemsOfDepartment("qxj").stream()
                .filter(i -> i.findings().stream().anyMatch(f -> f.rule().equals("RESPONSIBLE_OFFICE_EMPTY")))
                .findFirst())
            .orElseThrow();
    String department = blocked.departmentCode();
    catalog.openDraft(blocked.code(), department + ".admin");
    catalog.submitDraft(blocked.code(), department + ".admin");
    int version = catalog.history(blocked.code()).get(0).version();
    mvc.perform(post("/backoffice/items/{c}/versions/{v}/publish", blocked.code(), version).with(as("admin")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("责任科室为空")));

    // fixed: the office filled in (and anything else blocking), it publishes and the score rises
    catalog.returnToDraft(blocked.code(), version, "请填写责任科室", "admin");
    var content = catalog.itemVersion(blocked.code(), version).orElseThrow().content();
    var fixed =
        new org.yiwang.catalog.ItemContent(
            content.name(), content.basicCode(), content.type(), "综合科", content.legalBasis(),
            content.acceptanceConditions().isBlank() ? "符合条件的申请人" : content.acceptanceConditions(),
            content.serviceObjects(), content.situations(), content.steps(), content.statutoryDays(),
            Math.min(content.promisedDays(), content.statutoryDays()), content.fees(), content.place(), content.hours(),
            content.consultationPhone(), content.complaintPhone(), content.result(), content.onlineDepth(),
            content.visits(), content.fullyOnline(), content.appointment(), content.onlinePayment(),
            content.courierDelivery(), content.decidedInCentre(), content.decisionPlace(), content.windowAuthorised(),
            content.flowchartTitle(), content.flowchartDescription(), content.guide());
    org.junit.jupiter.api.Assumptions.assumeTrue(
        fixed.situations().stream().noneMatch(s -> s.materials().isEmpty()), "item also lacks materials");
    catalog.saveDraft(blocked.code(), fixed, department + ".admin");
    catalog.submitDraft(blocked.code(), department + ".admin");
    mvc.perform(post("/backoffice/items/{c}/versions/{v}/publish", blocked.code(), version).with(as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(quality.item(blocked.code()).orElseThrow().findings())
            .extracting(Finding::rule)
            .doesNotContain("RESPONSIBLE_OFFICE_EMPTY"));
    assertThat(quality.item(blocked.code()).orElseThrow().score()).isGreaterThan(blocked.score());
  }

  @Test
  void fourReductionsAreCountedBeforeAndAfter() throws Exception {
    String body =
        mvc.perform(get("/api/v1/stats/reductions"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.departments", hasSize(34)))
            .andExpect(jsonPath("$.visits.rate", greaterThan(0.0)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String measure : List.of("steps", "materials", "days", "visits")) {
      long before = ((Number) JsonPath.read(body, "$." + measure + ".before")).longValue();
      long after = ((Number) JsonPath.read(body, "$." + measure + ".after")).longValue();
      assertThat(before).as(measure).isGreaterThan(after).isPositive();
      List<Number> departmentBefore = JsonPath.read(body, "$.departments[*]." + measure + ".before");
      assertThat(departmentBefore.stream().mapToLong(Number::longValue).sum()).isEqualTo(before);
    }
    mvc.perform(get("/stats"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"reductions-chart\"")));
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

}
