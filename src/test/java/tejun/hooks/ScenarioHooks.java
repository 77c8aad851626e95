package tejun.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import tejun.context.ScenarioContext;

/**
 * Illustrates every step (a screenshot, and the PC's network state when a step changed it), adds
 * what an engineer needs to a failure, and fails a scenario whose browser asked for something the
 * simulated network has no stub for.
 */
public class ScenarioHooks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ScenarioContext context;
  private Map<String, Object> lastNetworkState = Map.of();

  public ScenarioHooks(ScenarioContext context) {
    this.context = context;
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    context.begin(scenario);
  }

  @AfterStep
  public void illustrate(Scenario scenario) throws JsonProcessingException {
    context.browserIfOpen().ifPresent(b -> scenario.attach(b.screenshot(), "image/png", "画面"));
    if (context.networkIfStarted().isPresent()) {
      Map<String, Object> snapshot = context.network().pc().snapshot();
      Map<String, Object> state =
          Map.of("connections", snapshot.get("connections"), "route", snapshot.get("route"));
      if (!state.equals(lastNetworkState)) {
        lastNetworkState = state;
        scenario.attach(
            JSON.writeValueAsString(state), "application/vnd.tejun.network+json", "模擬PCとネットワーク");
      }
    }
  }

  @After(order = 100)
  public void explainFailure(Scenario scenario) {
    if (!scenario.isFailed() || context.browserIfOpen().isEmpty()) {
      return;
    }
    WebDriver driver = context.driver();
    scenario.attach(driver.getCurrentUrl(), "text/uri-list", "URL");
    scenario.attach(
        driver.getPageSource().getBytes(StandardCharsets.UTF_8), "text/html", "ページのHTML");
  }

  @After(order = 50)
  public void failOnUnansweredRequests(Scenario scenario) {
    if (context.networkIfStarted().isEmpty()) {
      return;
    }
    String report = context.network().unmatchedReport();
    if (!report.isEmpty()) {
      scenario.attach(report, "text/plain", "WireMockのニアミス");
      throw new AssertionError(
          "The browser asked the simulated network for something no stub answers:\n" + report);
    }
  }
}
