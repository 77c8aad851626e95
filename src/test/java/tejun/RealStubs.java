package tejun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's stubs/ for a test to break or extend without touching the real ones. */
public final class RealStubs {
  private RealStubs() {}

  public static void copyTo(Path target) throws IOException {
    Path source = Path.of("stubs");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }
}
