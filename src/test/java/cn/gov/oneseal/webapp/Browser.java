package cn.gov.oneseal.webapp;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * One officer's headless Chromium (Debian's {@code chromium} driven through {@code chromium-driver}), in Chinese,
 * with a fresh profile; screenshots go to {@code target/browser-screenshots/}. Both paths are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or driver.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(env("ONESEAL_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("ONESEAL_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final String INSTALL =
      "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver";

  final String user;
  final WebDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  private Browser(String user, WebDriver driver, Path profile) {
    this.user = user;
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /**
   * Whether the browser tests can run: without Chromium and its driver they fail when required (in CI, or
   * ONESEAL_BROWSER_TESTS=required) and are skipped otherwise, naming the packages to install.
   */
  static void requireChromium() {
    requireChromium(CHROMIUM, CHROMEDRIVER, System.getenv());
  }

  static void requireChromium(Path chromium, Path chromedriver, Map<String, String> env) {
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return;
    }
    String message = "the browser tests need Debian's chromium and chromium-driver (" + chromium + " or "
        + chromedriver + " not found; ONESEAL_CHROMIUM / ONESEAL_CHROMEDRIVER name other paths): " + INSTALL;
    boolean required = !env.getOrDefault("CI", "").isBlank()
        || "required".equalsIgnoreCase(env.get("ONESEAL_BROWSER_TESTS"));
    if (required) {
      fail(message);
    }
    assumeTrue(false, message);
  }

  /** A new headless Chromium for one officer, speaking Chinese. */
  static Browser open(String user) throws IOException {
    Path profile = Files.createTempDirectory("oneseal-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // the bureau's time zone and language, whatever the machine's
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN:zh", "LANG", "zh_CN.UTF-8")).build();
    try {
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(user, driver, profile);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
  }

  /** Opens a webapp (tasklist, cockpit) and logs in on its login page. */
  void login(String appUrl, String password) {
    driver.get(appUrl);
    // the login page may move the focus back to the user name while it settles (seen under load: the password
    // typed into the user name): type both again until each field holds what was typed
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement name = visible(By.cssSelector("input[ng-model=username]"));
      name.clear();
      name.sendKeys(user);
      WebElement secret = visible(By.cssSelector("input[ng-model=password]"));
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
        break;
      }
    }
    click(By.cssSelector("button[type=submit]"));
    waitFor(user + " is not logged in").until(d -> d.findElements(By.cssSelector("input[ng-model=password]")).isEmpty());
  }

  // form-js 1.8 as Tasklist renders a Camunda Form: fields are found by their (Chinese) labels

  private static String literal(String text) {
    return "'" + text + "'";
  }

  private static By field(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field')]/label[contains(@class,'fjs-form-field-label')]"
        + "[normalize-space(text()[1])=" + literal(label) + "]");
  }

  /** Types into the text field or text area with the label. */
  void fill(String label, String value) {
    WebElement input = driver.findElement(By.id(visible(field(label)).getAttribute("for")));
    input.clear();
    input.sendKeys(value);
  }

  /** Picks an option of a radio group or ticks one of a checklist. */
  void choose(String label, String option) {
    click(By.xpath("//div[contains(@class,'fjs-form-field')][label[normalize-space(text()[1])=" + literal(label)
        + "]]//label[normalize-space(.)=" + literal(option) + "]/input"));
  }

  /** Ticks the checkbox with the label. */
  void check(String label) {
    click(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')]//label[starts-with(normalize-space(.),"
        + literal(label) + ")]/input"));
  }

  /** Picks an option of a native select (plugins' pages). */
  void select(By by, String option) {
    new org.openqa.selenium.support.ui.Select(visible(by)).selectByVisibleText(option);
  }

  /** Picks an option of a form's select (form-js draws its own drop-down list). */
  void select(String label, String option) {
    click(By.id(visible(field(label)).getAttribute("for") + "-display"));
    WebElement item = visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
        + literal(option) + "]"));
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).click().perform();
  }

  /** A wait that says what was awaited (WebDriverWait keeps its message, so one per use). */
  WebDriverWait waitFor(String what) {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.withMessage(what);
    return wait;
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Clicks the element; found again when Tasklist re-renders it under the click (its lists refresh themselves). */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = clickable(by);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
        if (attempt == 3) {
          throw rerendered;
        }
      }
    }
  }

  /** The visible text of the element, read again when Tasklist re-renders it while it is read. */
  String text(By by) {
    return waitFor(user + " cannot read " + by).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          WebElement element = d.findElement(by);
          return element.isDisplayed() ? element.getText() : null;
        });
  }

  /** Waits until the page's visible text contains the text (read again while a page replaces the one read). */
  void seeText(String text) {
    waitFor(user + " does not see \"" + text + "\"").ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Keeps a PNG of the page (and its HTML beside it) under target/browser-screenshots/. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      return png;
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot " + name + ": " + e);
      return null;
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  /** Deletes a folder and what it holds (a Chromium profile, the screenshots of an earlier run). */
  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left behind
    }
  }

  /** The elements' text content (also of those scrolled out of Cockpit's view, which getText() reads as empty). */
  static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(e -> e.getDomProperty("textContent").strip()).toList();
  }
}
