package tejun.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tejun.HarnessException;

class BrowserSettingsTest {
  @Test
  void aMissingChromiumNamesTheInstallCommand() {
    BrowserSettings settings =
        new BrowserSettings(
            Path.of("/nonexistent/chromium"),
            Path.of("/usr/bin/chromedriver"),
            false,
            Optional.empty());
    assertThatThrownBy(settings::checked)
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("Chromium not found at /nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium chromium-driver");
  }

  @Test
  void aMissingChromedriverNamesTheProperty() {
    BrowserSettings settings =
        new BrowserSettings(
            Path.of("/usr/bin/chromium"),
            Path.of("/nonexistent/chromedriver"),
            false,
            Optional.empty());
    assertThatThrownBy(settings::checked)
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("chromedriver not found at /nonexistent/chromedriver")
        .hasMessageContaining("-Dtejun.chromedriver=");
  }
}
