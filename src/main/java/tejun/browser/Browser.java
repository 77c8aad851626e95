package tejun.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.Proxy;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import tejun.HarnessException;

/**
 * One Chromium with a fresh profile, in Japanese, whose every request goes through the simulated
 * network. Closing it quits the browser and deletes the profile.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final Optional<Path> profile;

  private Browser(WebDriver driver, Optional<Path> profile) {
    this.driver = driver;
    this.profile = profile;
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
    settings.checked();
    // A Grid's node may be another machine: chromedriver makes the profile there.
    Optional<Path> profile =
        settings.gridUrl().isPresent() ? Optional.empty() : Optional.of(tempProfile());
    ChromeOptions options = options(settings, proxyAddress, profile);
    userAgent.ifPresent(agent -> options.addArguments("--user-agent=" + agent));
    WebDriver driver;
    try {
      driver =
          settings.gridUrl().isPresent() ? remote(settings, options) : local(settings, options);
    } catch (SessionNotCreatedException e) {
      throw new HarnessException(
          "Chromium did not start through "
              + settings.chromedriver()
              + ": "
              + e.getMessage().lines().findFirst().orElse("")
              + " — check that chromium and chromium-driver are the same version ("
              + BrowserSettings.INSTALL
              + ").",
          e);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    NetworkFailures.intercept(((HasDevTools) driver).getDevTools());
    return new Browser(driver, profile);
  }

  public WebDriver driver() {
    return driver;
  }

  DevTools devTools() {
    return ((HasDevTools) driver).getDevTools();
  }

  /** Completes when a person has closed every window of this browser, and so Chromium itself. */
  public CompletableFuture<Void> closedByThePerson() {
    return LastWindowClosed.watch(((HasDevTools) driver).getDevTools());
  }

  public String version() {
    return ((HasCapabilities) driver).getCapabilities().getBrowserVersion();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private static WebDriver local(BrowserSettings settings, ChromeOptions options) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(settings.chromedriver().toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("LANGUAGE", "ja", "LANG", "ja_JP.UTF-8"))
            .build();
    return new ChromeDriver(service, options);
  }

  private static WebDriver remote(BrowserSettings settings, ChromeOptions options) {
    try {
      URL grid = URI.create(settings.gridUrl().get()).toURL();
      return new Augmenter().augment(new RemoteWebDriver(grid, options));
    } catch (MalformedURLException e) {
      throw new HarnessException("-Dtejun.grid is not a URL: " + settings.gridUrl().get());
    }
  }

  private static ChromeOptions options(
      BrowserSettings settings, String proxy, Optional<Path> profile) {
    ChromeOptions options = new ChromeOptions();
    if (settings.gridUrl().isEmpty()) {
      options.setBinary(settings.chromium().toFile());
    }
    profile.ifPresent(p -> options.addArguments("--user-data-dir=" + p));
    Proxy viaSimulatedNetwork = new Proxy().setHttpProxy(proxy).setSslProxy(proxy);
    options.setProxy(viaSimulatedNetwork);
    options.setAcceptInsecureCerts(true);
    options.addArguments(
        "--proxy-bypass-list=<-loopback>",
        "--lang=ja",
        "--window-size=1280,900",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=HttpsUpgrades,Translate,OptimizationHints,MediaRouter",
        "--password-store=basic");
    if (!settings.headed()) {
      options.addArguments("--headless=new");
    }
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    return options;
  }

  private static Path tempProfile() {
    try {
      return Files.createTempDirectory("tejun-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteProfile() {
    if (profile.isEmpty()) {
      return;
    }
    try (var files = Files.walk(profile.get())) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
