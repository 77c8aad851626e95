package tejun.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tejun.HarnessException;

/**
 * Where the browser comes from, read from system properties: {@code tejun.chromium}, {@code
 * tejun.chromedriver} (Debian's paths by default), {@code tejun.headed=true} to watch, {@code
 * tejun.grid=<url>} for a Selenium Grid, {@code tejun.isolation=browser|context} for how scenarios
 * are kept apart (a context in a kept Chromium, or a Chromium of their own; contexts by default, a
 * Chromium of their own on a Grid).
 */
public record BrowserSettings(
    Path chromium,
    Path chromedriver,
    boolean headed,
    Optional<String> gridUrl,
    Isolation isolation) {

  /** How one scenario's browser is kept apart from the others'. */
  public enum Isolation {
    /** A fresh browser context (cookies, storage, cache, tabs, proxy) in a Chromium kept open. */
    CONTEXT,
    /** A Chromium of its own with a fresh profile, quit when the scenario ends. */
    BROWSER
  }

  /** One Chromium for one use, such as a person's walk through the simulated sites. */
  public BrowserSettings(
      Path chromium, Path chromedriver, boolean headed, Optional<String> gridUrl) {
    this(chromium, chromedriver, headed, gridUrl, Isolation.BROWSER);
  }

  public static final String INSTALL =
      "sudo apt-get install -y chromium chromium-driver chromium-l10n fonts-noto-cjk";

  public static BrowserSettings fromSystemProperties() {
    Optional<String> grid =
        Optional.ofNullable(System.getProperty("tejun.grid")).filter(s -> !s.isBlank());
    return new BrowserSettings(
        Path.of(System.getProperty("tejun.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("tejun.chromedriver", "/usr/bin/chromedriver")),
        Boolean.getBoolean("tejun.headed"),
        grid,
        isolation(System.getProperty("tejun.isolation"), grid.isPresent()));
  }

  static Isolation isolation(String property, boolean onGrid) {
    if (property == null || property.isBlank()) {
      return onGrid ? Isolation.BROWSER : Isolation.CONTEXT;
    }
    try {
      return Isolation.valueOf(property.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new HarnessException(
          "-Dtejun.isolation=" + property + " is neither `context` nor `browser`.");
    }
  }

  /** The same Chromium and driver on this machine, whatever Grid the settings name. */
  public BrowserSettings local() {
    return new BrowserSettings(chromium, chromedriver, false, Optional.empty(), Isolation.BROWSER);
  }

  /** Fails with the fix when the local browser or its driver is missing. */
  public BrowserSettings checked() {
    if (gridUrl.isPresent()) {
      return this;
    }
    requireExecutable(chromium, "Chromium", "tejun.chromium");
    requireExecutable(chromedriver, "chromedriver", "tejun.chromedriver");
    return this;
  }

  private static void requireExecutable(Path path, String what, String property) {
    if (!Files.isExecutable(path)) {
      throw new HarnessException(
          what
              + " not found at "
              + path
              + ": install it with `"
              + INSTALL
              + "` (or `mvn"
              + " -Pprocedures verify`, which does), or point -D"
              + property
              + "= at it.");
    }
  }
}
