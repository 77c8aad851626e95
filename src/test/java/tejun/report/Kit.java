package tejun.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Cucumber compatibility kit's sample runs, copied out of the jar on the test classpath. */
final class Kit {
  private static final String ROOT = "io/cucumber/compatibilitykit/features";
  private static List<Path> samples;

  private Kit() {}

  static synchronized List<Path> samples() {
    if (samples == null) {
      samples = copyOut();
    }
    return samples;
  }

  static Path sample(String name) {
    return samples().stream()
        .filter(p -> p.getFileName().toString().equals(name + ".ndjson"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no compatibility-kit sample " + name));
  }

  private static List<Path> copyOut() {
    try {
      URI jar = Kit.class.getClassLoader().getResource(ROOT).toURI();
      Path target = Files.createDirectories(Path.of("target", "cck"));
      try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of());
          Stream<Path> files = Files.walk(fs.getPath(ROOT))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
          Files.copy(
              p,
              target.resolve(p.getFileName().toString()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try (Stream<Path> copied = Files.list(target)) {
        return copied.sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
