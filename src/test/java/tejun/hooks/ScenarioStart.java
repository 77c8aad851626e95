package tejun.hooks;

import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.nio.file.Path;
import tejun.WarmStart;
import tejun.context.ScenarioContext;

/** A run starts warm, and each scenario's context knows its scenario before anything else runs. */
public class ScenarioStart {
  private final ScenarioContext context;

  public ScenarioStart(ScenarioContext context) {
    this.context = context;
  }

  /** The first scenario costs what a later one does (see {@link WarmStart}). */
  @BeforeAll
  public static void warmStart() {
    AttachedImages.newRun();
    WarmStart.once(Path.of(System.getProperty("tejun.stubs", "stubs")));
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    context.begin(scenario);
  }
}
