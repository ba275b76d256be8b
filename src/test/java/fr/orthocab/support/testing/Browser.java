package fr.orthocab.support.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver (both paths given, so nothing is
 * downloaded), with a fresh profile. Saves screenshots under target/screenshots.
 *
 * <p>Starting Chromium costs more CPU than many browser tests: a closed browser is wiped (every
 * cookie, the cache, the desk's storage, extra tabs, the console log; the window size is set again)
 * and kept for the next test that opens one, as a fresh profile would be; one that cannot be wiped
 * is quit. The kept ones are quit when the tests' JVM ends.
 */
public final class Browser implements AutoCloseable {
  private static final Dimension WINDOW = new Dimension(1280, 1000);
  private static final int KEPT = 4;
  private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "browsers-quit"));
  }

  private final DeskServer desk;
  private final ChromeDriver driver;
  private final String name;

  public Browser(DeskServer desk, String name) {
    this.desk = desk;
    this.name = name;
    ChromeDriver kept;
    synchronized (IDLE) {
      kept = IDLE.poll();
    }
    this.driver = kept != null ? kept : launch(name);
    driver.manage().window().setSize(WINDOW);
  }

  private static ChromeDriver launch(String name) {
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
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
        "--lang=fr-FR",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** As a fresh profile: no cookie, storage or cache of any origin, one blank tab, no log. */
  private static boolean wipe(ChromeDriver driver, String origin) {
    try {
      List<String> tabs = new ArrayList<>(driver.getWindowHandles());
      for (String tab : tabs.subList(1, tabs.size())) {
        driver.switchTo().window(tab).close();
      }
      driver.switchTo().window(tabs.get(0));
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
      driver.manage().logs().get("browser"); // read, so the next test sees only its own
      return true;
    } catch (RuntimeException dirty) {
      return false;
    }
  }

  private static void quitIdle() {
    synchronized (IDLE) {
      IDLE.forEach(Browser::quit);
      IDLE.clear();
    }
  }

  private static void quit(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (RuntimeException alreadyGone) {
      // nothing to free
    }
  }

  public void open(String path) {
    driver.get(desk.url(path));
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks and waits for the next page to replace this one. */
  public void clickAndWait(String css) {
    openMenuGroupOf(css);
    WebElement element = find(css);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
  }

  /**
   * Clicks a button that asks for a confirmation first, checks the dialog asks it, answers yes and
   * waits for the next page; answers the question the dialog asked.
   */
  public String clickConfirmAndWait(String css) {
    WebElement element = find(css);
    element.click();
    String question = find(".ui-confirm-dialog .ui-confirm-dialog-message").getText();
    find(".ui-confirm-dialog .ui-confirmdialog-yes").click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
    return question;
  }

  /**
   * Opens the admin menu's group that holds the element, if closed, as a person would click the
   * group's name before its link ({@code details.nav-group}, WEB-INF/templates/admin.xhtml).
   */
  public void openMenuGroupOf(String css) {
    driver.executeScript(
        "const group = document.querySelector(arguments[0])?.closest('details.nav-group');"
            + "if (group && !group.open) group.querySelector('summary').click();",
        css);
  }

  /**
   * Whether the page that held the element was replaced. While the next page loads, ChromeDriver
   * may answer "Node with given id does not belong to the document" instead of a stale element:
   * that is the same news.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Picks an option of a PrimeFaces selectOneMenu by its visible label, and checks it took. */
  public void choose(String menuId, String label) {
    String menu = "#" + menuId.replace(":", "\\:");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        if (all(menu + "_panel").stream().noneMatch(WebElement::isDisplayed)) {
          find(menu).click();
        }
        find(menu + "_panel li[data-label=\"" + label + "\"]").click();
        wait.until(d -> label.equals(d.findElement(By.cssSelector(menu + "_label")).getText()));
        // the panel fades out: until it is gone, an accessibility check sees its list half shown
        wait.until(d -> all(menu + "_panel").stream().noneMatch(WebElement::isDisplayed));
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.ElementNotInteractableException slowPanel) {
        // the first page of a cold (or busy) server can miss a click while its panel opens or
        // moves into place
      }
    }
    throw new IllegalStateException("Could not choose " + label + " in " + menuId);
  }

  /** Sends a new request from the portal; answers the path of the request's page. */
  public String sendRequest(String category, String subject, String description) {
    open("/portal/tickets/new.xhtml");
    choose("request:category", category);
    type("#request\\:subject", subject);
    type("#request\\:description", description);
    clickAndWait("#request\\:submit");
    if (!currentPath().startsWith("/portal/tickets/show.xhtml")) {
      throw new IllegalStateException("The request was not sent:\n" + text());
    }
    return currentPath();
  }

  /**
   * Runs an asynchronous script in the page: it gets its arguments, then a callback as its last
   * argument, and answers what it passes to the callback (for fetches made with the page's
   * session).
   */
  public Object script(String js, Object... args) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver.executeAsyncScript(js, args);
  }

  /** Waits (15 s at most) until the condition answers something other than null or false. */
  public <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
  }

  /**
   * The whole text of an element, folded parts ({@code <details>} closed) included, as a reader who
   * unfolds them would read it.
   */
  public String textOf(String css) {
    WebElement element =
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    return element.getAttribute("textContent").replaceAll("\\s+", " ").strip();
  }

  public String text() {
    return (String) driver.executeScript("return document.body.innerText");
  }

  public String currentPath() {
    return driver.getCurrentUrl().replace(desk.url(""), "");
  }

  public void login(String email, String password) {
    open("/login.xhtml");
    type("#login\\:email", email);
    type("#login\\:password", password);
    clickAndWait("#login\\:submit");
  }

  public void screenshot(String step) {
    Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          dir.resolve(step + "-" + name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot at a phone's width (390 by 844), the window then set back to its size. */
  public void phoneScreenshot(String step) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      screenshot(step + "-phone");
    } finally {
      driver.manage().window().setSize(WINDOW);
    }
  }

  /**
   * Runs axe-core (Deque's accessibility engine, WCAG 2.x A and AA rules) on the page as it stands
   * and fails with each serious or critical violation: rule, impact, help and the elements' CSS
   * selectors.
   */
  public void assertNoSeriousA11yViolations() {
    driver.executeScript(Axe.SCRIPT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            script(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                    + ".then(r => done(r.violations.filter(v => v.impact === 'serious'"
                    + " || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact,"
                    + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
                    + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e),"
                    + " nodes: []}]));");
    if (!violations.isEmpty()) {
      StringBuilder report = new StringBuilder("Accessibility on " + currentPath() + ":");
      for (Map<String, Object> violation : violations) {
        report
            .append("\n- ")
            .append(violation.get("id"))
            .append(" (")
            .append(violation.get("impact"))
            .append("): ")
            .append(violation.get("help"))
            .append(" at ")
            .append(violation.get("nodes"));
      }
      throw new AssertionError(report.toString());
    }
  }

  /** axe.min.js as the axe-core artifact ships it, read at its first use. */
  private static final class Axe {
    static final String SCRIPT = read();

    private static String read() {
      try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test classpath");
        }
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Answers what the check finds with the window at the given width (its height kept), set back
   * after.
   */
  public <T> T atWidth(int width, java.util.function.Supplier<T> check) {
    driver.manage().window().setSize(new Dimension(width, WINDOW.getHeight()));
    try {
      return check.get();
    } finally {
      driver.manage().window().setSize(WINDOW);
    }
  }

  /** Presses keys where the focus is, as a person at the keyboard would. */
  public void press(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
  }

  /** Runs a synchronous script in the page and answers its result. */
  public Object evaluate(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** A screenshot at a given window width (the height kept), the window then set back. */
  public void screenshotAtWidth(int width, String step) {
    driver.manage().window().setSize(new Dimension(width, WINDOW.getHeight()));
    try {
      screenshot(step);
    } finally {
      driver.manage().window().setSize(WINDOW);
    }
  }

  public List<String> consoleErrors() {
    return driver.manage().logs().get("browser").getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(Object::toString)
        .toList();
  }

  @Override
  public void close() {
    if (wipe(driver, desk.url("").replaceAll("/+$", ""))) {
      synchronized (IDLE) {
        if (IDLE.size() < KEPT) {
          IDLE.push(driver);
          return;
        }
      }
    }
    quit(driver);
  }
}
