package tejun.hooks;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import tejun.ScenarioRecords;
import tejun.context.ScenarioContext;
import tejun.records.ReachedRecord;
import tejun.records.RecordJson;

/**
 * Attaches, at the scenario's end, the stubs its simulated network served and the templates they
 * rendered ({@link ReachedRecord}): the model-mutation tool ({@code sh src/main/sh/mutants.sh})
 * runs, for a changed file, only the scenarios that reached it.
 */
public class ReachedStubs {
  private final ScenarioContext context;

  public ReachedStubs(ScenarioContext context) {
    this.context = context;
  }

  /** Before {@link UnansweredRequests} (order 50) can fail the scenario and end the hooks. */
  @After(order = 60)
  public void attachReachedStubs(Scenario scenario) {
    context
        .networkIfStarted()
        .ifPresent(
            network ->
                scenario.attach(
                    RecordJson.write(
                        new ReachedRecord(
                            scenario.getUri().toString(), scenario.getLine(), network.reached())),
                    ScenarioRecords.REACHED_TYPE,
                    ScenarioRecords.REACHED_NAME));
  }
}
