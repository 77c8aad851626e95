package tejun.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;
import tejun.FixtureStubs;
import tejun.OwnedDirectory;
import tejun.browser.BrowserGone;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;

/**
 * A worker's kept Chromium, or its chromedriver, killed by its process ID in the middle of a
 * scenario: that scenario's next step fails in one plain line, ending the scenario's browser does
 * not fail again, and the next scenario gets a fresh Chromium that works.
 */
class BrowserGoneTest {
  private static SimulatedNetwork network;

  @TempDir static Path stubs;

  @BeforeAll
  static void startNetwork() throws IOException {
    network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
  }

  @AfterAll
  static void stopNetwork() {
    network.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"chromium", "chromedriver"})
  void aKilledBrowserCostsOneScenario(String killed) {
    BrowserSettings settings = BrowserSettings.fromSystemProperties();
    assertThat(settings.isolation()).isEqualTo(BrowserSettings.Isolation.CONTEXT);
    ScenarioBrowser first =
        ScenarioBrowser.open(settings, network.proxyAddress(), Optional.empty());
    WebDriver driver = new BrowserGoneDecorator(first).decorate(first.driver());
    driver.switchTo().window(first.firstWindow());
    driver.get("http://tejun.test/");

    ProcessHandle process =
        first.processes().stream()
            .filter(p -> p.info().commandLine().filter(isThe(killed)).isPresent())
            .findFirst()
            .orElseThrow();
    process.destroyForcibly();
    OwnedDirectory.awaitEnded(process);

    assertThatThrownBy(driver::getTitle)
        .isInstanceOf(BrowserGone.class)
        .hasMessage(BrowserGone.MESSAGE);
    first.close();

    try (ScenarioBrowser next =
        ScenarioBrowser.open(settings, network.proxyAddress(), Optional.empty())) {
      assertThat(next.processes()).doesNotContain(process);
      WebDriver nextDriver = next.driver().switchTo().window(next.firstWindow());
      nextDriver.get("http://tejun.test/");
      assertThat(nextDriver.getTitle()).startsWith("【模擬】");
    }
  }

  private static Predicate<String> isThe(String program) {
    return program.equals("chromedriver")
        ? c -> c.contains("--log-path=")
        : c -> c.contains("--user-data-dir=") && !c.contains("--type=");
  }
}
