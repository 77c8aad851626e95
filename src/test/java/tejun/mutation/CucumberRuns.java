package tejun.mutation;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import tejun.context.StubsFolder;

/**
 * Cucumber in this JVM, as {@code tejun.ProceduresIT} runs it (the JUnit Platform engine, the given
 * glue), in two ways: the procedures as they are, two scenarios at a time, writing the Cucumber
 * Messages; and a mutant's scenarios, one after the other on the calling thread, on the mutant's
 * own stubs folder ({@link StubsFolder}), so that two mutants can run at once.
 */
final class CucumberRuns {
  private CucumberRuns() {}

  /**
   * The scenarios under {@code features} with {@code tags}, on {@code stubs}, into {@code
   * messages}.
   */
  static EngineExecutionResults baseline(
      String glue, Path stubs, Path features, String tags, Path messages) {
    String before = System.getProperty("tejun.stubs");
    System.setProperty("tejun.stubs", stubs.toString());
    try {
      EngineTestKit.Builder kit = kit(glue, true);
      if (!tags.isBlank()) {
        kit.configurationParameter("cucumber.filter.tags", tags);
      }
      return kit.configurationParameter("cucumber.plugin", "message:" + messages)
          .selectors(
              org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory(
                  features.toFile()))
          .execute();
    } finally {
      if (before == null) {
        System.clearProperty("tejun.stubs");
      } else {
        System.setProperty("tejun.stubs", before);
      }
    }
  }

  /**
   * The id ({@link Scenarios.Scenario#id()}) of the first of {@code scenarios} that fails on {@code
   * stubs}, run one at a time in their order: one failure kills the mutant, so the rest need not
   * run; none when all pass.
   */
  static List<String> failing(String glue, Path stubs, List<Scenarios.Scenario> scenarios) {
    for (Scenarios.Scenario scenario : scenarios) {
      EngineExecutionResults results =
          StubsFolder.during(stubs, () -> kit(glue, false).selectors(selector(scenario)).execute());
      List<String> failed =
          results.testEvents().finished().stream()
              .filter(e -> isFailure(e))
              .map(e -> id(e.getTestDescriptor(), scenarios))
              .distinct()
              .toList();
      if (!failed.isEmpty()) {
        return failed;
      }
    }
    return List.of();
  }

  private static boolean isFailure(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .map(r -> r.getStatus() == TestExecutionResult.Status.FAILED)
        .orElse(false);
  }

  private static String id(TestDescriptor test, List<Scenarios.Scenario> scenarios) {
    Optional<Integer> line = Optional.empty();
    Optional<Path> file = Optional.empty();
    var source = test.getSource().orElse(null);
    if (source instanceof FileSource f) {
      file = Optional.of(f.getFile().toPath());
      line = f.getPosition().map(p -> p.getLine());
    } else if (source instanceof ClasspathResourceSource c) {
      file =
          Optional.of(
              Scenarios.feature(java.net.URI.create("classpath:" + c.getClasspathResourceName())));
      line = c.getPosition().map(p -> p.getLine());
    }
    if (file.isPresent() && line.isPresent()) {
      String id = Scenarios.display(file.get()) + ":" + line.get();
      if (scenarios.stream().anyMatch(s -> s.id().equals(id))) {
        return id;
      }
    }
    return test.getDisplayName();
  }

  private static DiscoverySelector selector(Scenarios.Scenario s) {
    FilePosition line = FilePosition.from(s.line());
    if ("classpath".equals(s.uri().getScheme())) {
      return selectClasspathResource(s.uri().getSchemeSpecificPart().replaceFirst("^/", ""), line);
    }
    return selectFile(s.feature().toString(), line);
  }

  private static EngineTestKit.Builder kit(String glue, boolean parallel) {
    return EngineTestKit.engine("cucumber")
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("cucumber.glue", glue)
        .configurationParameter("cucumber.publish.quiet", "true")
        .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(parallel))
        .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
        .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", "2")
        .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", "2");
  }
}
