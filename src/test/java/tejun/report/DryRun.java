package tejun.report;

import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cucumber over every feature with the project's glue in dry-run mode, writing its messages: every
 * step definition and which of them each feature step matches, with no glue code run (no step, no
 * hook, not even BeforeAll's warm start), so no browser, network or server starts.
 */
final class DryRun {
  /** The procedures, and the fixture site whose sentence only its own features use. */
  static final List<String> FEATURES =
      List.of("features", "src/test/resources/tejun/fixture/features");

  private DryRun() {}

  record Result(Path messages, Duration took) {}

  static Result messages(Path messages) throws IOException {
    Files.createDirectories(messages.toAbsolutePath().getParent());
    long start = System.nanoTime();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--dry-run", "--monochrome", "--glue", "tejun", "--plugin", "message:" + messages));
    args.addAll(FEATURES);
    byte status = Main.run(args.toArray(String[]::new), DryRun.class.getClassLoader());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (!Files.isRegularFile(messages)) {
      throw new IOException("the dry run (exit " + status + ") wrote no messages to " + messages);
    }
    return new Result(messages, took);
  }
}
