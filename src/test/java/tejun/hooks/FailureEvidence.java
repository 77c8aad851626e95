package tejun.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;
import tejun.ScenarioRecords;
import tejun.browser.ScenarioBrowser;
import tejun.context.ScenarioContext;

/** What an engineer needs to see on a failure: the page's URL and HTML. */
public class FailureEvidence {
  private final ScenarioContext context;

  public FailureEvidence(ScenarioContext context) {
    this.context = context;
  }

  /** Before {@link UnansweredRequests} (Cucumber runs After hooks highest first). */
  @After(order = 100)
  public void explainFailure(Scenario scenario) {
    if (!scenario.isFailed() || context.browserIfOpen().filter(ScenarioBrowser::alive).isEmpty()) {
      return;
    }
    WebDriver driver = context.windowInFront();
    scenario.attach(driver.getCurrentUrl(), ScenarioRecords.URL_TYPE, ScenarioRecords.URL_NAME);
    scenario.attach(
        driver.getPageSource().getBytes(StandardCharsets.UTF_8),
        ScenarioRecords.PAGE_HTML_TYPE,
        ScenarioRecords.PAGE_HTML_NAME);
  }
}
