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

/**
 * Runs features through Cucumber as the suite would, on given stubs, with the given glue (see
 * {@link tejun.Glue}): the fixture sites' features need only {@link FixtureSite#GLUE}.
 */
public final class FeatureRun {
  /** The harness's own check feature, on the fixture sites. */
  private static final String CHECKS = "tejun/harness/harness-checks.feature";

  private FeatureRun() {}

  /** One scenario of the harness's own check feature, with the fixture sites' glue. */
  static EngineExecutionResults check(int line, Path stubs) {
    return check(line, stubs, Map.of());
  }

  /** The same, with further tejun system properties (such as {@code tejun.grid}) for the run. */
  static EngineExecutionResults check(int line, Path stubs, Map<String, String> properties) {
    return run(
        FixtureSite.GLUE,
        stubs,
        Optional.empty(),
        properties,
        selectClasspathResource(CHECKS, FilePosition.from(line)));
  }

  static EngineExecutionResults run(String glue, Path stubs, DiscoverySelector... selectors) {
    return run(glue, stubs, Optional.empty(), selectors);
  }

  /** The same, writing the Cucumber Messages (what the report reads) to {@code messages}. */
  public static EngineExecutionResults run(
      String glue, Path stubs, Optional<Path> messages, DiscoverySelector... selectors) {
    return run(glue, stubs, messages, Map.of(), selectors);
  }

  /** The same, with further tejun system properties (such as {@code tejun.grid}) for the run. */
  static EngineExecutionResults run(
      String glue,
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
      return kit.configurationParameter("cucumber.glue", glue)
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
