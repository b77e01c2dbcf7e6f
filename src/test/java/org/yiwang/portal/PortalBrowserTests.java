package org.yiwang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.Browser;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The citizen's journeys in a real browser (headless Chromium), with axe-core checking access. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTests extends DatabaseProperties {

  @LocalServerPort int port;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser(port);
  }

  /** Each journey starts as a first visit: no language or display preference remembered. */
  @BeforeEach
  void forgetPreferences() {
    browser.open("/");
    browser.driver().manage().deleteAllCookies();
  }

  @AfterAll
  void stopBrowser() {
    browser.close();
  }

  @Test
  void searchOpenTheGuideAndDownloadABlankForm() throws Exception {
    browser.open("/");
    browser.find("#q").sendKeys("食品许可", Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("/search"));
    var hit =
        browser.findAll(".item-card a.item-name").stream()
            .filter(a -> a.getText().equals("食品经营许可证核发"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("食品经营许可证核发 not among the results"));
    assertThat(hit.findElements(By.tagName("mark"))).extracting(e -> e.getText()).contains("食品", "许可");
    hit.click();
    browser.waitFor(d -> d.getTitle().startsWith("食品经营许可证核发"));
    assertThat(browser.find("h1").getText()).isEqualTo("食品经营许可证核发");
    assertThat(browser.find(".flowchart svg title").getAttribute("textContent")).contains("流程图");

    browser.find("a.blank-form").click();
    var file = browser.downloaded(".pdf");
    try (var pdf = Loader.loadPDF(Files.readAllBytes(file))) {
      assertThat(pdf.getNumberOfPages()).isPositive();
    }
  }

  @Test
  void elderlyModeTurnsOnAndStaysOnFromPageToPage() {
    browser.open("/");
    assertThat(browser.find("body").getAttribute("class")).doesNotContain("elderly");
    browser.find("#elderly-toggle").click();
    browser.waitFor(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("elderly"));
    String fontSize = browser.find("body").getCssValue("font-size");
    assertThat(Double.parseDouble(fontSize.replace("px", ""))).isGreaterThanOrEqualTo(22);

    browser.open("/items/210800-SCJGJ-XK-0001");
    assertThat(browser.find("body").getAttribute("class")).contains("elderly");
    browser.open("/search?q=公积金");
    assertThat(browser.find("body").getAttribute("class")).contains("elderly");

    browser.find("#elderly-toggle").click();
    browser.waitFor(d -> !d.findElement(By.tagName("body")).getAttribute("class").contains("elderly"));
  }

  @Test
  void englishIsOneClickAwayAndRemembered() {
    browser.open("/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
    browser.find("#lang-en").click();
    browser.waitFor(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.find("#hero-title").getText()).isEqualTo("Yingkou government services, all in one place");
    browser.open("/items/210800-SCJGJ-XK-0001");
    assertThat(browser.find("#facts-title").getText()).isEqualTo("Basic information");
    browser.find("#lang-zh").click();
    browser.waitFor(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  @Test
  void pagesFitAPhoneScreenWithoutSidewaysScrolling() {
    var window = browser.driver().manage().window();
    var size = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(360, 800));
      // headless Chromium may apply the new size after the call returns
      browser.waitFor(
          d ->
              ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.innerWidth;"))
                      .intValue()
                  <= 360);
      for (boolean elderly : new boolean[] {false, true}) {
        browser.open("/");
        if (elderly) {
          browser.find("#elderly-toggle").click();
          browser.waitFor(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("elderly"));
        }
        for (String page : new String[] {"/", "/search?q=公积金", "/items/210800-SCJGJ-XK-0001", "/register"}) {
          browser.open(page);
          var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
          Object overflow =
              js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
          Object culprits =
              js.executeScript(
                  """
                  const w = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)
                         + ' ' + (e.textContent || '').trim().slice(0, 40))
                    .join(' | ');
                  """);
          assertThat(((Number) overflow).intValue())
              .as("horizontal overflow on %s (elderly mode %s): %s", page, elderly, culprits)
              .isLessThanOrEqualTo(0);
        }
      }
    } finally {
      window.setSize(size);
    }
  }

  @Test
  void homeSearchAndGuideHaveNoSeriousAccessibilityViolationsInEitherMode() {
    for (boolean elderly : new boolean[] {false, true}) {
      browser.open("/");
      boolean on = browser.find("body").getAttribute("class").contains("elderly");
      if (on != elderly) {
        browser.find("#elderly-toggle").click();
        browser.waitFor(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("elderly") == elderly);
      }
      for (String page : new String[] {"/", "/search?q=公积金", "/items/210800-SCJGJ-XK-0001"}) {
        browser.open(page);
        assertThat(browser.seriousAccessibilityViolations()).as("%s (elderly mode %s)", page, elderly).isEmpty();
      }
    }
  }
}
