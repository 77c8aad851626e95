package tejun.browser;

import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * The browser one scenario sees, kept apart from every other scenario's as {@link
 * BrowserSettings#isolation()} says: a fresh context in a Chromium kept open, or a Chromium of its
 * own. Its requests all go through the scenario's simulated network.
 */
public interface ScenarioBrowser extends AutoCloseable {

  /**
   * A browser presenting itself as another ({@code userAgent}) is a Chromium of its own whatever
   * the settings, since Chromium takes that for all its tabs at its start.
   */
  static ScenarioBrowser open(
      BrowserSettings settings, String proxyAddress, Optional<String> userAgent) {
    if (userAgent.isPresent()) {
      return new OwnBrowser(Browser.open(settings, proxyAddress, userAgent));
    }
    return switch (settings.isolation()) {
      case CONTEXT -> ContextBrowser.open(settings, proxyAddress);
      case BROWSER -> new OwnBrowser(Browser.open(settings, proxyAddress));
    };
  }

  /**
   * With a context per scenario, starts a Chromium to keep, unless one is idle already: it needs no
   * simulated network until a scenario's context is opened in it.
   */
  static void keepOneReady(BrowserSettings settings) {
    if (settings.isolation() == BrowserSettings.Isolation.CONTEXT) {
      BrowserPool.giveBack(settings, BrowserPool.borrow(settings));
    }
  }

  WebDriver driver();

  /** The window the browser opened with, not yet used by the scenario. */
  String firstWindow();

  /** Opens a new tab or window and gives its handle, for the caller to switch to. */
  String open(WindowType type);

  /** The handles of this scenario's open windows and tabs. */
  Set<String> windows();

  /** The whole page in front. */
  default Screenshot screenshot() {
    return actingOn(null).shot();
  }

  /**
   * The whole page in front before {@code element} (if not null) is acted on, and where the element
   * is.
   */
  Acting actingOn(org.openqa.selenium.WebElement element);

  /**
   * What the screenshots mark as differing from run to run, beside {@link Screenshot#MASK}: CSS
   * selectors by host.
   */
  void maskOn(java.util.Map<String, java.util.List<String>> masksByHost);

  String version();

  /** The local Chromium's and its chromedriver's processes (none on a Grid). */
  java.util.List<ProcessHandle> processes();

  /** Whether the browser's processes are still running (checked only after something failed). */
  boolean alive();

  /** Ends the browser for this scenario: its cookies, storage, cache and windows go with it. */
  @Override
  void close();
}
