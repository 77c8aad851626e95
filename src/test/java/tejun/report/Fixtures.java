package tejun.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This project's own fixtures under src/test/resources/tejun/report. */
final class Fixtures {
  private Fixtures() {}

  static Path copy(String name, Path dir) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      Path target = dir.resolve(name);
      Files.write(target, in.readAllBytes());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hand-made run cut off while its first scenario runs step 3 (after the sixth
   * TestStepStarted: Before, step 1, its AfterStep, step 2, its AfterStep, step 3), as when a run
   * is stopped or its messages are read while it still runs.
   */
  static Path unfinishedRun(Path dir) {
    try {
      List<String> cut = new java.util.ArrayList<>();
      int started = 0;
      for (String line : Files.readAllLines(copy("tejun-sample.ndjson", dir))) {
        cut.add(line);
        if (line.startsWith("{\"testStepStarted\"") && ++started == 6) {
          break;
        }
      }
      return Files.write(dir.resolve("unfinished.ndjson"), cut);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
