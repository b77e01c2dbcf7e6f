package org.yiwang.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.Browser;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** A department administrator edits and submits an item; the platform administrator publishes it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationBrowserTests extends DatabaseProperties {

  @LocalServerPort int port;
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
  void editSubmitPublishAndSeeTheNewVersionOnThePortal() {
    var item = catalog.search(new ItemQuery("", "cl", null, 0, 1)).hits().get(0).item();
    String newName = item.name() + "（2026年修订）";

    browser.signIn("cl.admin");
    browser.open("/backoffice");
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/backoffice/departments/cl"));
    browser.driver().findElement(By.linkText(item.name())).click();
    browser.find("#edit-item").click();
    var name = browser.find("#name");
    name.clear();
    name.sendKeys(newName);
    browser.find("#save-draft").click();
    browser.waitFor(d -> !d.findElements(By.id("saved-notice")).isEmpty());
    browser.find("#submit-draft").click();
    browser.waitFor(d -> d.getPageSource().contains("已提交"));

    // not public until published
    browser.open("/items/" + item.code());
    assertThat(browser.find("h1").getText()).isEqualTo(item.name());

    browser.signOut();
    browser.signIn("admin");
    browser.open("/backoffice/publications");
    browser.find("#awaiting-" + item.code() + " button.publish").click();
    browser.waitFor(d -> d.getPageSource().contains("已发布"));

    browser.open("/items/" + item.code());
    assertThat(browser.find("h1").getText()).isEqualTo(newName);
    assertThat(browser.find(".share .meta").getText()).contains("第 2 版");
  }

}
