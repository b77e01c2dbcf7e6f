package org.yiwang.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this machine needs as root, a fresh
 * profile and a download folder; and the axe-core accessibility check.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path downloads;
  private final String baseUrl;

  public Browser(int port) {
    this.baseUrl = "http://localhost:" + port;
    try {
      this.downloads = Files.createTempDirectory("yiwang-downloads-");
      Path profile = Files.createTempDirectory("yiwang-chromium-");
      var options = new ChromeOptions();
      options.setBinary(executable("YIWANG_CHROMIUM", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN",
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
      prefs.put("plugins.always_open_pdf_externally", true);
      options.setExperimentalOption("prefs", prefs);
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(executable("YIWANG_CHROMEDRIVER", "/usr/bin/chromedriver")))
              .build();
      this.driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String executable(String env, String fallback) {
    String path = System.getenv(env);
    return path == null || path.isBlank() ? fallback : path;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits for a condition; a page replaced while it is being read (after a click) is read again,
   * whether the driver calls its element stale or (Chrome, mid-navigation) says the node "does not
   * belong to the document".
   */
  public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> readOffAPageInPlace(d, condition));
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "waited in vain on " + driver.getCurrentUrl() + ", which shows: " + text.substring(0, Math.min(text.length(), 1500)), e);
    }
  }

  private static Boolean readOffAPageInPlace(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      return condition.apply(driver);
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Clicks what leads to the next page and waits for the condition on that page: a condition the
   * page before also met (a notice, say) would otherwise be read off it before it is replaced.
   */
  public void clickThrough(WebElement element, java.util.function.Function<WebDriver, Boolean> condition) {
    element.click();
    waitFor(d -> replaced(element) && condition.apply(d));
  }

  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return true; // stale, or (Chrome, mid-navigation) "Node with given id does not belong to the document"
    }
  }

  /** Signs in through the sign-in page as a demo account (password {@code Yiwang@2026}). */
  public void signIn(String username) {
    open("/login");
    find("#username").sendKeys(username);
    find("#password").sendKeys("Yiwang@2026");
    find("#login-submit").click();
    waitFor(d -> d.getCurrentUrl().endsWith("/account"));
  }

  /** Signs out and waits until the site shows the visitor signed out. */
  public void signOut() {
    find("form[action='/logout'] button").click();
    waitFor(d -> d.findElements(By.cssSelector("form[action='/logout']")).isEmpty()
        && !d.findElements(By.cssSelector("a[href='/login']")).isEmpty());
  }

  /** The file downloaded into the browser's download folder, once it is complete. */
  public Path downloaded(String suffix) {
    waitFor(d -> listDownloads().stream().anyMatch(p -> p.toString().endsWith(suffix)));
    return listDownloads().stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
  }

  private List<Path> listDownloads() {
    try (var files = Files.list(downloads)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core's serious and critical violations of WCAG 2.1 A and AA on the current page. */
  public List<String> seriousAccessibilityViolations() {
    Results results =
        new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    return results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
        .map(Browser::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
