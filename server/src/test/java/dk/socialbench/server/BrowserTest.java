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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the page in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): log in, pick a municipality, download its benchmark PDF.
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
    RunFixture.run(work, "20261124-101500-ab12").municipalities("147", "157").write().publish();
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
    String heading = browser.findElement(By.cssSelector("#reports h2")).getText();
    screenshot("page-logged-in.png");
    browser.findElement(By.id("benchmark-pdf")).click();

    Path pdf = awaitDownload();

    assertEquals("Rapporter for Gentofte", heading);
    assertTrue(pdf.getFileName().toString().startsWith("benchmark-157-gentofte-"), pdf.toString());
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
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

  private Path awaitDownload() {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            b -> {
              try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done =
                    files.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
                return done.isEmpty() ? null : done.get(0);
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
