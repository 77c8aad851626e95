package tejun.records;

import java.util.List;

/**
 * The stubs a scenario's simulated network served ({@link tejun.ScenarioRecords#REACHED_TYPE}),
 * attached once at the scenario's end, in the order first served: what the model-mutation tool
 * reads to run, for a changed file, only the scenarios that reached it. The report does not show
 * it.
 *
 * @param uri the scenario's feature file, as Cucumber names it
 * @param line the scenario's line in it (an outline's example row)
 * @param stubs each stub served, once
 */
public record ReachedRecord(String uri, int line, List<Stub> stubs) {
  /**
   * One stub: {@code file} its mapping file relative to the stubs folder ({@code
   * mappings/<host>/….json}), {@code name} its name, {@code bodies} the templates under {@code
   * __files} it may have rendered (relative to {@code __files}; every file a templated {@code
   * bodyFileName} can name, and the frame {@code <host>/_frame.html} of a framed page).
   */
  public record Stub(String file, String name, List<String> bodies) {}
}
