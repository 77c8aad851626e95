package tejun.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs features through Cucumber with the project's glue, as the suite would, on given stubs. */
final class FeatureRun {
  private static final String FEATURE = "tejun/harness/open-the-members-site.feature";

  private FeatureRun() {}

  /** One scenario of the harness's own check feature. */
  static EngineExecutionResults scenario(int line, Path stubs) {
    return run(stubs, selectClasspathResource(FEATURE, FilePosition.from(line)));
  }

  static EngineExecutionResults run(Path stubs, DiscoverySelector... selectors) {
    return run(stubs, Optional.empty(), selectors);
  }

  /** The same, writing the Cucumber Messages (what the report reads) to {@code messages}. */
  static EngineExecutionResults run(
      Path stubs, Optional<Path> messages, DiscoverySelector... selectors) {
    return run(stubs, messages, Map.of(), selectors);
  }

  /** The same, with further tejun system properties (such as {@code tejun.grid}) for the run. */
  static EngineExecutionResults run(
      Path stubs,
      Optional<Path> messages,
      Map<String, String> properties,
      DiscoverySelector... selectors) {
    Map<String, String> set = new HashMap<>(properties);
    set.put("tejun.stubs", stubs.toString());
    Map<String, String> previous = new HashMap<>();
    set.keySet().forEach(key -> previous.put(key, System.getProperty(key)));
    set.forEach(System::setProperty);
    try {
      EngineTestKit.Builder kit =
          EngineTestKit.engine("cucumber").enableImplicitConfigurationParameters(false);
      messages.ifPresent(m -> kit.configurationParameter("cucumber.plugin", "message:" + m));
      return kit.configurationParameter("cucumber.glue", "tejun")
          .configurationParameter("cucumber.publish.quiet", "true")
          .configurationParameter("cucumber.execution.parallel.enabled", "true")
          .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
          .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", "2")
          .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", "2")
          .selectors(selectors)
          .execute();
    } finally {
      previous.forEach(
          (key, value) -> {
            if (value == null) {
              System.clearProperty(key);
            } else {
              System.setProperty(key, value);
            }
          });
    }
  }
}
