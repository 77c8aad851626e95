package tejun.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tejun.HarnessException;

/**
 * Where the browser comes from, read from system properties: {@code tejun.chromium}, {@code
 * tejun.chromedriver} (Debian's paths by default), {@code tejun.headed=true} to watch, {@code
 * tejun.grid=<url>} for a Selenium Grid.
 */
public record BrowserSettings(
    Path chromium, Path chromedriver, boolean headed, Optional<String> gridUrl) {

  public static final String INSTALL =
      "sudo apt-get install -y chromium chromium-driver chromium-l10n fonts-noto-cjk";

  public static BrowserSettings fromSystemProperties() {
    return new BrowserSettings(
        Path.of(System.getProperty("tejun.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("tejun.chromedriver", "/usr/bin/chromedriver")),
        Boolean.getBoolean("tejun.headed"),
        Optional.ofNullable(System.getProperty("tejun.grid")).filter(s -> !s.isBlank()));
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
