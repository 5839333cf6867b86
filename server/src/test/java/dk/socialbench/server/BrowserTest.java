package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the page in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): log in, pick a municipality, see where it stands against a comparison group
 * chosen on the page, download its benchmark PDF.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path work;
  @TempDir Path profile;
  @TempDir Path downloads;
  TestServer server;
  WebDriver browser;

  @BeforeEach
  void start() {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium and chromium-driver:"
            + " apt-get install -y chromium chromium-driver");
    // Every municipality has 12 cases in the fixture's generated rows.
    RunFixture.run(work, "20261124-101500-ab12")
        .municipalities("147", "151", "153", "157", "183")
        .write()
        .publish();
    server = TestServer.start(work);
    browser = chromium();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  @Test
  void a_person_logs_in_picks_a_municipality_and_downloads_its_benchmark_pdf() throws Exception {
    browser.get(server.uri("/").toString());
    browser.findElement(By.id("token")).sendKeys(TestServer.ADMIN);
    browser.findElement(By.id("login-button")).click();
    new Select(browser.findElement(By.id("municipality"))).selectByValue("157");
    browser.findElement(By.id("show-button")).click();
    awaitText(By.cssSelector("#reports h2"), "Rapporter for Gentofte");
    screenshot("page-logged-in.png");
    browser.findElement(By.id("benchmark-pdf")).click();

    Path pdf = awaitDownload(".pdf");

    assertTrue(pdf.getFileName().toString().startsWith("benchmark-157-gentofte-"), pdf.toString());
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
  }

  @Test
  void the_page_shows_where_the_municipality_stands_against_a_group_chosen_on_it()
      throws Exception {
    browser.get(server.uri("/").toString());
    browser.findElement(By.id("token")).sendKeys(TestServer.ADMIN);
    browser.findElement(By.id("login-button")).click();
    new Select(browser.findElement(By.id("municipality"))).selectByValue("147");
    browser.findElement(By.id("show-button")).click();
    awaitText(By.cssSelector("#summary h2"), "Sådan ligger Frederiksberg");

    browser.findElement(By.cssSelector("#choose-group summary")).click();
    for (String code : List.of("151", "153", "183")) {
      browser.findElement(By.cssSelector("input[name=compare][value='" + code + "']")).click();
    }
    browser.findElement(By.id("compare-button")).click();
    awaitText(By.id("group-names"), "Ballerup, Brøndby og Ishøj");
    screenshot("page-summary.png");

    // The cases row: Frederiksberg's 12, the group's 3 × 12 = 36, the country's 12.
    WebElement cases = browser.findElement(By.xpath("//table[@id='key-figures']//tr[th='Sager']"));
    assertEquals("12", cases.findElement(By.className("focus-value")).getText());
    assertEquals("36", cases.findElement(By.className("group-value")).getText());
    assertEquals("12", cases.findElement(By.className("all-value")).getText());
    assertEquals(
        12, browser.findElements(By.cssSelector("#key-figures tbody tr")).size(), "key figures");
    // Every figure has its chart of the three, the municipality, the group and the country.
    WebElement goals =
        browser.findElement(
            By.xpath("//table[@id='key-figures']//tr[th='Mål sat ved 1. registrering']"));
    assertEquals(3, goals.findElements(By.cssSelector("svg.position circle")).size());
    String href = browser.findElement(By.id("benchmark-pdf")).getAttribute("href");
    assertTrue(href.endsWith("/reports/benchmark/147.pdf?compare=151,153,183"), href);
  }

  private WebDriver chromium() {
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
        "--window-size=1100,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /**
   * Waits until {@code locator}'s element says {@code text}. After a click the old page's element
   * may still be found, then go stale as the new page replaces it: that is not yet, not an error.
   */
  private void awaitText(By locator, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(b -> text.equals(b.findElement(locator).getText()));
  }

  /**
   * The downloaded file once it is complete: Chromium writes to a {@code .crdownload} file and may
   * create the final name before the last bytes are in, so the file must also keep its size between
   * two looks.
   */
  private Path awaitDownload(String extension) {
    long[] lastSize = {-1};
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(250))
        .until(
            b -> {
              try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                  return null;
                }
                Path done =
                    all.stream()
                        .filter(p -> p.getFileName().toString().endsWith(extension))
                        .findFirst()
                        .orElse(null);
                if (done == null) {
                  return null;
                }
                long size = Files.size(done);
                boolean stable = size > 0 && size == lastSize[0];
                lastSize[0] = size;
                return stable ? done : null;
              } catch (java.io.IOException e) {
                return null;
              }
            });
  }

  /** Kept under target/ so a person can look at the page the test saw. */
  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "browser-test");
    Files.createDirectories(target);
    Files.copy(
        shot.toPath(), target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
