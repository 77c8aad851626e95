package tejun.browser;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.devtools.CdpInfo;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.json.Json;

/**
 * tejun's CDP calls as raw commands and events, by name, with JSON objects as maps: they do not
 * depend on the typed module of one Chromium version. Selenium still needs that module to open a
 * CDP session; {@link #checkSupports} says in one line which one a newer Chromium needs.
 */
final class Cdp {
  private static final Logger SELENIUM_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Cdp() {}

  static Map<String, Object> send(DevTools devTools, String method, Map<String, Object> params) {
    Map<String, Object> result = devTools.send(new Command<>(method, params, Json.MAP_TYPE));
    return result == null ? Map.of() : result;
  }

  static void on(DevTools devTools, String event, Consumer<Map<String, Object>> listener) {
    devTools.addListener(
        new Event<Map<String, Object>>(event, input -> input.read(Json.MAP_TYPE)), listener);
  }

  /**
   * Says, in one line instead of Selenium's warning, when Chromium is newer than every CDP module
   * on the class path, naming the module to add.
   */
  static Optional<String> checkSupports(String browserVersion) {
    int major = majorOf(browserVersion);
    int newest = NewestCdp.MAJOR;
    if (major <= newest) {
      return Optional.empty();
    }
    return Optional.of(
        "tejun: Chromium "
            + major
            + " is newer than Selenium's CDP support in this build (v"
            + newest
            + "): in pom.xml, raise selenium.version to a release that has"
            + " org.seleniumhq.selenium:selenium-devtools-v"
            + major
            + " and depend on that module instead of selenium-devtools-v"
            + newest
            + ".");
  }

  /** Selenium's own CDP version warning is replaced by {@link #checkSupports}'s line. */
  static void quietSeleniumVersionWarning() {
    SELENIUM_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  /** The newest CDP module on the class path, looked up once per JVM on first use. */
  private static final class NewestCdp {
    static final int MAJOR =
        ServiceLoader.load(CdpInfo.class).stream()
            .mapToInt(p -> p.get().getMajorVersion())
            .max()
            .orElse(0);
  }

  private static int majorOf(String version) {
    try {
      return Integer.parseInt(version.split("\\.")[0]);
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
