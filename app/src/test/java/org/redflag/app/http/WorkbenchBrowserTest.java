package org.redflag.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs): analyze the example article, see Lukashenko flagged, store it,
 * open his entity page and see the network graph drawn. Screenshots go to {@code
 * target/screenshots/}.
 */
class WorkbenchBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path home;
  @TempDir static Path profile;
  static TestServer server;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent"
            + " (apt-get install chromium chromium-driver)");
    server = TestServer.over(home);
    TestServer.engine().get(5, TimeUnit.MINUTES);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1366,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void an_analyst_analyzes_the_example_sees_lukashenko_flagged_and_opens_his_network()
      throws Exception {
    driver.get(server.base + "/#/analyze");
    WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
    js("arguments[0].value = arguments[1];", text, Files.readString(ApiTest.EXAMPLE));
    driver.findElement(By.id("analyze")).click();

    WebElement flagged =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flagged")));
    assertThat(flagged.getText()).containsIgnoringCase("Lukashenk");
    List<WebElement> listed = driver.findElements(By.cssSelector("#article button.m.listed"));
    assertThat(listed).isNotEmpty();
    assertThat(listed.get(0).getAttribute("title")).startsWith("LISTED:");
    List<WebElement> dates = driver.findElements(By.cssSelector("#article .d"));
    assertThat(dates).isNotEmpty();
    assertThat(dates.get(0).getAttribute("title")).startsWith("normalized: ");
    assertThat(driver.findElements(By.cssSelector("#events li"))).isNotEmpty();
    listed.get(0).sendKeys(Keys.ENTER); // mentions are buttons: reachable and usable by keyboard
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "Why"));
    screenshot("analyze");

    driver.findElement(By.id("store")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("store-status"), "Stored"));
    flagged.findElement(By.cssSelector("a.flag")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lukashenk"));
    wait.until(
        d ->
            ((Number) js("return window.redflagGraph ? window.redflagGraph.nodes().length : 0"))
                    .intValue()
                > 1);
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("List entries", "ofac");
    Thread.sleep(300); // let the layout settle before the screenshot
    screenshot("entity");
  }

  @Test
  void an_analyst_screens_a_csv_of_names_and_reads_the_lists_and_alerts_pages() throws Exception {
    driver.get(server.base + "/#/screening");
    WebElement csv = wait.until(ExpectedConditions.elementToBeClickable(By.id("csv-text")));
    js(
        "arguments[0].value = arguments[1];",
        csv,
        "name,schema,birthDate\nAlexander Lukashenko,Person,1954-08-30\nJane Q. Bakerstreet,Person,\n");
    driver.findElement(By.id("screen")).click();
    WebElement table =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-results")));
    assertThat(table.findElements(By.cssSelector("tr.hit"))).hasSize(1);
    assertThat(driver.findElement(By.id("download")).getAttribute("href")).startsWith("blob:");
    screenshot("screening");

    driver.get(server.base + "/#/lists");
    WebElement sources =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sources")));
    assertThat(sources.getText()).contains("ofac-sdn");
    screenshot("lists");

    driver.get(server.base + "/#/alerts");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "screened"));
    screenshot("alerts");
  }
}
