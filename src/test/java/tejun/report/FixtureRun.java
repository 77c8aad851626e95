package tejun.report;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.FixtureStubs;
import tejun.Glue;
import tejun.harness.FeatureRun;

/**
 * A real run of the fixture site, as {@code mvn verify} runs the procedures: its features ({@code
 * src/test/resources/tejun/fixture}) and the report's own ({@link #FEATURES}: a manual with a table
 * of contents and quoted words, and a scenario that fails on purpose), through Cucumber with the
 * shared glue and the fixture's steps. Run once for every report test in this JVM, under {@code
 * target/report-tests/fixture-run}.
 */
final class FixtureRun {
  /** The report tests' own features, in the fixture site's folder. */
  static final Path FEATURES = Path.of("src/test/resources/tejun/report/features");

  private static final Path DIR = Path.of("target/report-tests/fixture-run");
  private static Path messages;

  private FixtureRun() {}

  /** The run's Cucumber Messages. */
  static synchronized Path messages() {
    if (messages == null) {
      try {
        messages = run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return messages;
  }

  /** The stubs the run used: the project's, with the fixture site's. */
  static Path stubs() {
    messages();
    return DIR.resolve("stubs");
  }

  /** A copy of the run's messages in {@code dir}, for a test to cut or change. */
  static Path copy(Path dir) {
    try {
      return Files.copy(messages(), dir.resolve("messages.ndjson"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path run() throws IOException {
    deleteTree(DIR);
    Path stubs = FixtureStubs.copyTo(DIR.resolve("stubs"));
    Path ndjson = DIR.resolve("messages.ndjson");
    EngineExecutionResults results =
        FeatureRun.run(
            Glue.sharedAnd("fixture"),
            stubs,
            Optional.of(ndjson),
            selectDirectory(FixtureStubs.DIR.resolve("features/fixture").toFile()),
            selectDirectory(FEATURES.toFile()));
    long failed = results.testEvents().failed().count();
    if (failed != 1) {
      throw new IllegalStateException(
          "the fixture run should fail exactly its one scenario that fails on purpose, not "
              + failed
              + ": "
              + results.testEvents().failed().list());
    }
    return ndjson;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
