package tejun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of the project's stubs/ for a test to break or extend without touching the real ones: for
 * a test about the real stubs. A test that needs only a simulated network uses {@link
 * FixtureStubs}.
 */
public final class RealStubs {
  private RealStubs() {}

  public static void copyTo(Path target) throws IOException {
    copy(Path.of("stubs"), target);
  }

  /** Copies a tree of stubs over {@code target}, replacing files of the same name. */
  public static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
