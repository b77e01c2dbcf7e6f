package org.yiwang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.support.Browser;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The journeys that matter, in a real browser: applying online to the result, and assisted application. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseBrowserTests extends DatabaseProperties {

  static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private Browser browser;
  private Path pdf;

  @BeforeAll
  void start() throws Exception {
    browser = new Browser(port);
    pdf = Files.createTempFile("材料", ".pdf");
    Files.write(pdf, CaseApiIntegrationTests.pdf("材料"));
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  private void fillFoodLicenceForm() {
    type("#form-operatorName", "营口小王餐馆");
    type("#form-creditCode", UnifiedSocialCreditCode.complete("91210800MA0YK123"));
    type("#form-legalRepresentative", "王丽");
    type("#form-premises", "营口市站前区新兴大街1号");
    new Select(browser.find("#form-businessForm")).selectByVisibleText("餐饮服务经营者");
    type("#form-businessScope", "热食类食品制售");
    type("#form-area", "80");
    type("#form-phone", "13904170001");
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(text);
  }

  private void uploadEveryMaterial() {
    for (WebElement input : browser.findAll("input[type=file]")) {
      input.sendKeys(pdf.toAbsolutePath().toString());
    }
  }

  private String caseIdFromUrl() {
    String url = browser.driver().getCurrentUrl();
    String rest = url.substring(url.indexOf("/cases/") + "/cases/".length());
    return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
  }

  /** As a member of staff, closes every task of the case they can with the given action; returns how many. */
  private int handle(String staff, String caseId, String action) {
    browser.signIn(staff);
    browser.open("/backoffice/cases/" + caseId);
    int handled = 0;
    while (!browser.findAll(".task-panel").isEmpty() && handled < 5) {
      assertThat(browser.findAll("#action-" + action))
          .as(() -> "%s's task on case %s offers %s; the page shows: %s; the case's inbox rows: %s".formatted(
              staff, caseId, action, browser.find("main").getText(),
              jdbc.sql("select audience, kind, name from work_inbox where case_id = ?").param(caseId).query().listOfRows()))
          .isNotEmpty();
      browser.find("#action-" + action).click();
      browser.find("#opinion").sendKeys("同意");
      // from the second task on, the page before already says a task is done
      browser.clickThrough(browser.find("#complete-task"), d -> !d.findElements(By.id("task-done")).isEmpty());
      handled++;
    }
    browser.signOut();
    return handled;
  }

  @Test
  void aCitizenAppliesIsAskedOnceForCorrectionsAndReceivesTheDecision() throws Exception {
    browser.signIn("citizen");
    browser.open("/items/" + FOOD_LICENCE);
    browser.find("#apply-new").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/apply/"));
    browser.find("#start-application").click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/edit"));
    String caseId = caseIdFromUrl();

    // a wrong credit code is shown next to its field; what was typed stays
    fillFoodLicenceForm();
    type("#form-creditCode", "91210800MA0YK1234X");
    browser.find("#save-draft").click();
    browser.waitFor(d -> !d.findElements(By.id("form-creditCode-error")).isEmpty());
    assertThat(browser.find("#form-creditCode-error").getText()).contains("统一社会信用代码");
    assertThat(browser.find("#form-operatorName").getAttribute("value")).isEqualTo("营口小王餐馆");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // a draft is kept: leave and come back
    fillFoodLicenceForm();
    uploadEveryMaterial();
    browser.find("#save-draft").click();
    browser.waitFor(d -> !d.findElements(By.id("draft-saved")).isEmpty());
    browser.open("/cases");
    browser.find("#my-cases a[href='/cases/" + caseId + "']").click();
    browser.find("#edit-case").click();
    assertThat(browser.find("#form-premises").getAttribute("value")).isEqualTo("营口市站前区新兴大街1号");
    assertThat(browser.find("#materials-m1-uploaded").getText()).contains(".pdf");
    browser.find("#submit-case").click();
    browser.waitFor(d -> !d.findElements(By.id("submitted-notice")).isEmpty());
    assertThat(browser.find("#case-status").getText()).isEqualTo("已提交，待受理");
    assertThat(browser.find("#case-deadline").getText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    String number = browser.find("#case-number").getText();
    browser.signOut();

    // the window asks for one correction, all at once, from its inbox
    browser.signIn("scjgj.window");
    browser.open("/backoffice/tasks");
    browser.find("#inbox tr[data-case='" + caseId + "'] a").click();
    browser.find("#action-REQUEST_CORRECTION").click();
    browser.find("#correct-m5").click();
    browser.find("#reason-m5").sendKeys("健康证明已过期");
    browser.find("#opinion").sendKeys("请补正健康证明");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.find("#complete-task").click();
    browser.waitFor(d -> !d.findElements(By.id("task-done")).isEmpty());
    browser.signOut();

    // the citizen sees the whole list, corrects and resubmits
    browser.signIn("citizen");
    browser.open("/cases/" + caseId);
    assertThat(browser.find("#corrections").getText()).contains("健康证明已过期");
    browser.find("#edit-case").click();
    browser.find("#materials-m5").sendKeys(pdf.toAbsolutePath().toString());
    browser.find("#submit-case").click();
    browser.waitFor(d -> !d.findElements(By.id("submitted-notice")).isEmpty());
    browser.signOut();

    assertThat(handle("scjgj.window", caseId, "ACCEPT")).as("acceptance").isEqualTo(1);
    assertThat(handle("scjgj.approver", caseId, "APPROVE")).as("review, then the decision").isEqualTo(2);
    assertThat(handle("scjgj.window", caseId, "APPROVE")).as("delivery").isEqualTo(1);

    browser.signIn("citizen");
    browser.open("/cases/" + caseId);
    assertThat(browser.find("#case-status").getText()).isEqualTo("已办结");
    assertThat(browser.find("#timeline").getText()).contains("一次性告知补正", "受理", "准予许可", "办结");
    browser.find("#notice-approval").click();
    Path notice = browser.downloaded(".pdf");
    try (var doc = Loader.loadPDF(Files.readAllBytes(notice))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("准予行政许可决定书", number);
    }
    browser.open("/messages");
    assertThat(browser.find("#messages").getText()).contains(number);

    // the result is a signed e-license: download it, verify its QR code, see it revoked
    for (int attempt = 0; attempt < 20; attempt++) { // the license is issued just after the case completes
      browser.open("/licenses");
      if (!browser.findAll("#my-licenses a").isEmpty()) {
        break;
      }
      Thread.sleep(500);
    }
    browser.find("#my-licenses a").click();
    String identifier = browser.find("#license-identifier").getText();
    browser.find("#download-license").click();
    Path licensePdf = browser.downloaded("license.pdf");
    String qr = org.yiwang.support.Qr.fromPdf(Files.readAllBytes(licensePdf));
    browser.signOut();
    browser.open("/verify");
    browser.find("#qr").sendKeys(qr);
    browser.find("#verify-submit").click();
    browser.waitFor(d -> !d.findElements(By.id("verify-verdict")).isEmpty());
    assertThat(browser.find("#verify-verdict").getText()).isEqualTo("核验通过：证照有效");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    // the department finds the license on its page of issued licenses, by the case's number
    browser.signIn("scjgj.supervisor");
    browser.open("/backoffice/licenses");
    browser.find("#q").sendKeys(number.toLowerCase());
    browser.clickThrough(browser.find("#license-search"), d -> d.findElements(By.cssSelector("#issued-licenses a")).size() == 1);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.find("#issued-licenses a").click();
    assertThat(browser.find("#license-identifier").getText()).isEqualTo(identifier);
    browser.find("#revoke-reason").sendKeys("经营场所已变更");
    browser.find("#revoke").click();
    browser.waitFor(d -> !d.findElements(By.id("revoked-notice")).isEmpty());
    browser.signOut();
    browser.open("/verify");
    browser.find("#qr").sendKeys(qr);
    browser.find("#verify-submit").click();
    browser.waitFor(d -> !d.findElements(By.id("verify-verdict")).isEmpty());
    assertThat(browser.find("#verify-verdict").getText()).isEqualTo("已注销");
    browser.signIn("citizen");
    browser.open("/licenses/" + identifier);
    assertThat(browser.find("#license-status").getText()).isEqualTo("已注销");
    browser.signOut();

    // anyone can follow it with the number and the ID's last four characters
    browser.open("/progress");
    browser.find("#number").sendKeys(number);
    browser.find("#idLast4").sendKeys("0023");
    browser.find("#progress-search").click();
    browser.waitFor(d -> !d.findElements(By.id("progress-status")).isEmpty());
    assertThat(browser.find("#progress-status").getText()).isEqualTo("已办结");
  }

  @Test
  void windowStaffFileACaseIntoTheCitizensOwnAccount() {
    browser.signIn("scjgj.window");
    browser.open("/backoffice");
    browser.find("#assist-link").click();
    browser.find("#idNumber").sendKeys("210802198503120023");
    browser.find("#itemCode").sendKeys(FOOD_LICENCE);
    browser.find("#assist-start").click();
    browser.waitFor(d -> !d.findElements(By.id("situation-new")).isEmpty());
    browser.find("#situation-new").click();
    browser.find("#assist-start").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/backoffice/assist/"));
    assertThat(browser.find("#assisted-for").getText()).contains("王丽", "2108**********0023");
    fillFoodLicenceForm();
    uploadEveryMaterial();
    browser.find("#submit-case").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/backoffice/cases/") && !d.findElements(By.id("case-status")).isEmpty());
    String caseId = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.find("#case-status").getText()).isEqualTo("已提交，待受理");
    browser.signOut();

    browser.signIn("citizen");
    browser.open("/cases");
    assertThat(browser.find("#my-cases").getText()).contains("食品经营许可证核发");
    browser.find("#my-cases a[href='/cases/" + caseId + "']").click();
    assertThat(browser.find("#timeline").getText()).contains("营口市市场监督管理局窗口人员");
    browser.signOut();
  }
}
