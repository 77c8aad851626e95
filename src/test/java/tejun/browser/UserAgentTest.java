package tejun.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import tejun.FixtureStubs;
import tejun.HarnessException;
import tejun.network.SimulatedNetwork;

/**
 * A browser presenting itself as another browser or app: the User-Agent header the sites receive
 * and navigator.userAgent, in the first tab and in a tab opened later; the names are data.
 */
class UserAgentTest {
  private static final String APP = "Mozilla/5.0 (iPhone) Mobile/15E148 Line/15.10.0";

  @Test
  void everyTabSendsTheChosenUserAgent(@TempDir Path stubs) throws IOException {
    try (SimulatedNetwork network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
        Browser browser =
            Browser.open(
                BrowserSettings.fromSystemProperties(), network.proxyAddress(), Optional.of(APP))) {
      browser.driver().get("http://tejun.test/");
      browser.driver().switchTo().newWindow(WindowType.TAB);
      browser.driver().get("http://mail.tejun.test/");

      assertThat(
              ((JavascriptExecutor) browser.driver()).executeScript("return navigator.userAgent"))
          .isEqualTo(APP);
      assertThat(network.requests())
          .filteredOn(r -> r.getHost().endsWith("tejun.test"))
          .hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(r -> assertThat(r.getHeader("User-Agent")).isEqualTo(APP));
    }
  }

  /** The project's own browsers.json: the names the real manuals use. */
  @Test
  void theNamesAreData() {
    UserAgents agents = UserAgents.load(Path.of("stubs"));
    assertThat(agents.of("LINE")).contains("Line/");
    assertThat(agents.of("Safari")).contains("Safari/").doesNotContain("Line/");
    assertThatThrownBy(() -> agents.of("Netscape"))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("stubs/browsers.json")
        .hasMessageContaining("LINE");
  }
}
