package tejun.hooks;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.context.ScenarioContext;
import tejun.records.NetworkRecord;
import tejun.records.RecordJson;

/** The simulated PC's connections and route, after each step that changed them. */
public class NetworkState {
  private final ScenarioContext context;
  private Optional<NetworkRecord> last = Optional.empty();

  public NetworkState(ScenarioContext context) {
    this.context = context;
  }

  @AfterStep(order = AfterStepOrder.NETWORK_STATE)
  public void recordWhenChanged(Scenario scenario) {
    if (context.networkIfStarted().isEmpty()) {
      return;
    }
    NetworkRecord state = of(context.network().pc().snapshot());
    if (!last.equals(Optional.of(state))) {
      last = Optional.of(state);
      scenario.attach(
          RecordJson.write(state), ScenarioRecords.NETWORK_TYPE, ScenarioRecords.NETWORK_NAME);
    }
  }

  /** The PC's snapshot (plain data for its templates), as the report shows it. */
  private static NetworkRecord of(Map<String, Object> snapshot) {
    List<NetworkRecord.Connection> connections =
        ((List<?>) snapshot.get("connections"))
            .stream()
                .map(c -> (Map<?, ?>) c)
                .map(
                    c ->
                        new NetworkRecord.Connection(
                            (String) c.get("name"), (String) c.get("status")))
                .toList();
    return new NetworkRecord(connections, (String) snapshot.get("route"));
  }
}
