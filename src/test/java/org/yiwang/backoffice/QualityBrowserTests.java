package org.yiwang.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.quality.CatalogueQuality;
import org.yiwang.quality.ItemQuality;
import org.yiwang.quality.Severity;
import org.yiwang.support.Browser;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** Governance in a real browser: fix a finding from the scoreboard; walk the guided questions. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityBrowserTests extends DatabaseProperties {

  @LocalServerPort int port;
  @Autowired CatalogueQuality quality;
  @Autowired ServiceCatalog catalog;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser(port);
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  @Test
  void aDepartmentAdministratorFollowsAFindingToTheFieldFixesItAndTheScoreRises() {
    ItemQuality item =
        quality.itemsOfDepartment("qxj").stream()
            .filter(i -> i.findings().stream().anyMatch(f -> f.rule().equals("FLOWCHART_UNTITLED")))
            .filter(i -> i.findings().stream().noneMatch(f -> f.severity() == Severity.BLOCKER))
            .findFirst()
            .orElseThrow();

    browser.signIn("qxj.admin");
    browser.open("/backoffice/quality");
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/backoffice/quality/departments/qxj"));
    String scoreBefore = browser.find("#department-score").getText();
    browser.find("#rule-FLOWCHART_UNTITLED a.fix[href*='" + item.code() + "/edit#flowchartTitle']").click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("#flowchartTitle"));
    var title = browser.find("#flowchartTitle");
    assertThat(title.getAttribute("value")).isEmpty();
    title.sendKeys(item.name() + "流程图");
    browser.find("#save-draft").click();
    browser.waitFor(d -> !d.findElements(By.id("saved-notice")).isEmpty());
    browser.find("#submit-draft").click();
    browser.waitFor(d -> d.getPageSource().contains("已提交"));
    browser.signOut();

    browser.signIn("admin");
    browser.open("/backoffice/publications");
    browser.find("#awaiting-" + item.code() + " button.publish").click();
    browser.waitFor(d -> d.getPageSource().contains("已发布"));
    browser.signOut();

    browser.signIn("qxj.admin");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(500))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          d.get("http://localhost:" + port + "/backoffice/quality/departments/qxj");
          return d.findElements(By.cssSelector("#rule-FLOWCHART_UNTITLED a.fix[href*='" + item.code() + "/edit#']")).isEmpty();
        });
    assertThat(Double.parseDouble(browser.find("#department-score").getText())).isGreaterThan(Double.parseDouble(scoreBefore));
  }

  @Test
  void theGuidedQuestionsLeadToOneSituationOnAnItemWithThreeOrMore() {
    var hit =
        catalog.search(new ItemQuery("住房公积金提取", "gjj", null, 0, 10)).hits().stream()
            .filter(h -> h.item().name().equals("住房公积金提取"))
            .findFirst()
            .orElseThrow();
    var item = catalog.publishedItem(hit.item().code()).orElseThrow().content();
    assertThat(item.situations()).hasSizeGreaterThanOrEqualTo(3);
    browser.open("/items/" + hit.item().code());
    browser.find("#guide-section #guide-option-2").click();
    browser.find("#guide-section #guide-next").click();
    browser.waitFor(d -> !d.findElements(By.id("guide-result")).isEmpty());
    assertThat(browser.find("#guide-situation-name").getText()).contains(item.situations().get(2).name());
    assertThat(browser.find("#guide-result").getText()).contains(item.situations().get(2).materials().get(0).name());
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

}
