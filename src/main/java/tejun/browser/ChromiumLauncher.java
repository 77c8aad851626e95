package tejun.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Proxy;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import tejun.OwnedDirectory;

/**
 * How every Chromium tejun starts is configured, whatever it is for (a scenario's, a worker's kept
 * one, the PDF printer, the simulator's, the harness tests'): every request goes to one proxy (the
 * simulated network, or {@link #NOWHERE}), Chromium resolves no host name itself, and its own
 * traffic (updates, sync, safe browsing, metrics, prediction and prefetch, the search engine's
 * preconnect) is off. A local Chromium's profile, its temporary files and its chromedriver's log
 * are in one {@link OwnedDirectory}, which ends them and is deleted with the browser.
 */
final class ChromiumLauncher {
  /** The discard port on loopback, where nothing listens: Chromium's proxy connection fails. */
  static final String NOWHERE = "127.0.0.1:9";

  private static final List<String> QUIET =
      List.of(
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--disable-extensions",
          "--disable-domain-reliability",
          "--disable-client-side-phishing-detection",
          "--disable-breakpad",
          "--disable-search-engine-choice-screen",
          "--no-pings",
          "--no-service-autorun",
          "--metrics-recording-only",
          "--safebrowsing-disable-auto-update",
          "--dns-prefetch-disable",
          "--disable-quic",
          "--disable-features=HttpsUpgrades,Translate,OptimizationHints,MediaRouter,"
              + "DialMediaRouteProvider,AutofillServerCommunication,NetworkTimeServiceQuerying,"
              + "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,"
              + "PrivacySandboxSettings4,AcceptCHFrame");

  private ChromiumLauncher() {}

  /**
   * Chromium's switches and preferences: every request through {@code proxy}, headless unless
   * {@code settings} say headed, and the {@code extra} switches after tejun's own. A local
   * Chromium's profile is added by {@link #localService}; a Grid node's chromedriver makes its own.
   */
  static ChromeOptions options(BrowserSettings settings, String proxy, List<String> extra) {
    ChromeOptions options = new ChromeOptions();
    options.setProxy(new Proxy().setHttpProxy(proxy).setSslProxy(proxy));
    options.setAcceptInsecureCerts(true);
    List<String> arguments = new ArrayList<>(QUIET);
    arguments.add("--proxy-bypass-list=<-loopback>");
    arguments.add("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE " + hostOf(proxy));
    arguments.add("--lang=ja");
    arguments.add("--window-size=1280,900");
    arguments.add("--no-sandbox");
    arguments.add("--disable-dev-shm-usage");
    arguments.add("--disable-gpu");
    arguments.add("--password-store=basic");
    if (!settings.headed()) {
      arguments.add("--headless=new");
    }
    arguments.addAll(extra);
    options.addArguments(arguments);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages", "ja",
            "net.network_prediction_options", 2,
            "search.suggest_enabled", false,
            "safebrowsing.enabled", false,
            "alternate_error_pages.enabled", false));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    return options;
  }

  /** A local Chromium: binary, profile and temporary files in {@code directory}. */
  static ChromeDriverService localService(
      BrowserSettings settings, ChromeOptions options, OwnedDirectory directory) {
    options.setBinary(settings.chromium().toFile());
    options.addArguments("--user-data-dir=" + directory.resolve("profile"));
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(settings.chromedriver().toFile())
        .usingAnyFreePort()
        .withLogFile(directory.resolve("chromedriver.log").toFile())
        .withLogLevel(ChromiumDriverLogLevel.OFF)
        .withEnvironment(
            Map.of(
                "LANGUAGE", "ja",
                "LANG", "ja_JP.UTF-8",
                "TMPDIR", directory.path().toString()))
        .build();
  }

  private static String hostOf(String proxy) {
    String host = URI.create("http://" + proxy).getHost();
    return host == null ? "127.0.0.1" : host;
  }
}
