package tejun.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs one scenario of the harness's own check feature through Cucumber, as the suite would. */
final class FeatureRun {
  private static final String FEATURE = "tejun/harness/open-the-members-site.feature";

  private FeatureRun() {}

  static EngineExecutionResults scenario(int line, Path stubs) {
    String previous = System.getProperty("tejun.stubs");
    System.setProperty("tejun.stubs", stubs.toString());
    try {
      return EngineTestKit.engine("cucumber")
          .enableImplicitConfigurationParameters(false)
          .configurationParameter("cucumber.glue", "tejun")
          .configurationParameter("cucumber.publish.quiet", "true")
          .selectors(
              selectClasspathResource(
                  FEATURE, org.junit.platform.engine.discovery.FilePosition.from(line)))
          .execute();
    } finally {
      if (previous == null) {
        System.clearProperty("tejun.stubs");
      } else {
        System.setProperty("tejun.stubs", previous);
      }
    }
  }
}
