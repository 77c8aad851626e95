package tejun.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import tejun.ScenarioRecords;
import tejun.context.ScenarioContext;

/**
 * Fails a scenario whose browser asked for something the simulated network has no stub for, with
 * WireMock's near miss attached.
 */
public class UnansweredRequests {
  private final ScenarioContext context;

  public UnansweredRequests(ScenarioContext context) {
    this.context = context;
  }

  @After(order = 50)
  public void failOnUnansweredRequests(Scenario scenario) {
    if (context.networkIfStarted().isEmpty()) {
      return;
    }
    String report = context.network().unmatchedReport();
    if (!report.isEmpty()) {
      scenario.attach(report, "text/plain", ScenarioRecords.NEAR_MISS_NAME);
      throw new AssertionError(
          "The browser asked the simulated network for something "
              + ScenarioRecords.UNANSWERED_MARKER
              + ":\n"
              + report);
    }
  }
}
