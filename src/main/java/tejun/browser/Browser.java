package tejun.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import tejun.HarnessException;
import tejun.OwnedDirectory;

/**
 * One Chromium with a fresh profile, in Japanese, started by {@link ChromiumLauncher}: its every
 * request goes through one proxy. Closing it quits the browser, ends whatever of it is left and
 * deletes its profile and temporary files.
 */
public final class Browser implements AutoCloseable {
  static {
    Cdp.quietSeleniumVersionWarning();
  }

  private final WebDriver driver;
  private final Optional<OwnedDirectory> directory;

  private Browser(WebDriver driver, Optional<OwnedDirectory> directory) {
    this.driver = driver;
    this.directory = directory;
  }

  public static Browser open(BrowserSettings settings, String proxyAddress) {
    return open(settings, proxyAddress, Optional.empty());
  }

  /**
   * The same, presenting itself as another browser or app: {@code userAgent} is sent as the
   * User-Agent header and is {@code navigator.userAgent}, in every tab (a command-line switch, not
   * a per-tab CDP override, so tabs opened later have it too).
   */
  public static Browser open(
      BrowserSettings settings, String proxyAddress, Optional<String> userAgent) {
    Browser browser =
        start(
            settings,
            proxyAddress,
            userAgent.map(a -> List.of("--user-agent=" + a)).orElse(List.of()));
    browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    NetworkFailures.intercept(browser.devTools());
    return browser;
  }

  /**
   * A local Chromium that reaches no network at all (its proxy leads nowhere), for pages read from
   * files, such as the report's pages printed to PDF.
   */
  public static Browser offline(BrowserSettings settings) {
    return start(settings.local(), ChromiumLauncher.NOWHERE, List.of());
  }

  private static Browser start(BrowserSettings settings, String proxy, List<String> extra) {
    settings.checked();
    ChromeOptions options = ChromiumLauncher.options(settings, proxy, extra);
    if (settings.gridUrl().isPresent()) {
      return new Browser(remote(settings, options), Optional.empty());
    }
    OwnedDirectory directory = OwnedDirectory.create("chromium");
    try {
      ChromeDriver driver =
          new ChromeDriver(ChromiumLauncher.localService(settings, options, directory), options);
      Browser browser = new Browser(driver, Optional.of(directory));
      Cdp.checkSupports(browser.version()).ifPresent(System.err::println);
      return browser;
    } catch (SessionNotCreatedException e) {
      directory.close();
      throw new HarnessException(
          "Chromium did not start through "
              + settings.chromedriver()
              + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + " — check that chromium and chromium-driver are the same version ("
              + BrowserSettings.INSTALL
              + ").",
          e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  DevTools devTools() {
    return ((HasDevTools) driver).getDevTools();
  }

  /** Completes when a person has closed every window of this browser, and so Chromium itself. */
  public CompletableFuture<Void> closedByThePerson() {
    return LastWindowClosed.watch(devTools());
  }

  public String version() {
    return ((HasCapabilities) driver).getCapabilities().getBrowserVersion();
  }

  /**
   * Whether this local Chromium and its chromedriver are both still running (a Grid's browser is
   * taken to be).
   */
  public boolean alive() {
    return directory.map(Browser::bothRunning).orElse(true);
  }

  /** The process IDs of this local Chromium's chromedriver and Chromium processes. */
  public List<ProcessHandle> processes() {
    return directory.map(d -> OwnedDirectory.processesNaming(d.path())).orElse(List.of());
  }

  private static boolean bothRunning(OwnedDirectory directory) {
    String profile = "--user-data-dir=" + directory.resolve("profile");
    String log = "--log-path=" + directory.resolve("chromedriver.log");
    List<String> running =
        OwnedDirectory.processesNaming(directory.path()).stream()
            .filter(ProcessHandle::isAlive)
            .flatMap(p -> p.info().commandLine().stream())
            .toList();
    return running.stream().anyMatch(c -> c.contains(log))
        && running.stream().anyMatch(c -> c.contains(profile) && !c.contains("--type="));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (WebDriverException e) {
      // A Chromium or chromedriver that died already: what is left of it is ended below.
    } finally {
      directory.ifPresent(OwnedDirectory::close);
    }
  }

  private static WebDriver remote(BrowserSettings settings, ChromeOptions options) {
    try {
      URL grid = URI.create(settings.gridUrl().get()).toURL();
      return new Augmenter().augment(new RemoteWebDriver(grid, options));
    } catch (MalformedURLException e) {
      throw new HarnessException("-Dtejun.grid is not a URL: " + settings.gridUrl().get());
    }
  }
}
