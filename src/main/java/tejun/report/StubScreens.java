package tejun.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the simulated sites can show: every file under the stubs folder (pages, mappings, sample
 * data), read once, as {@link ManualQuotes#comparable} text, with and without its HTML tags (a
 * quoted sentence may span a link).
 */
final class StubScreens {
  private final Path stubs;
  private List<String> texts;

  StubScreens(Path stubs) {
    this.stubs = stubs;
  }

  boolean show(String comparableWords) {
    return texts().stream().anyMatch(t -> t.contains(comparableWords));
  }

  private List<String> texts() {
    if (texts == null) {
      texts = new ArrayList<>();
      if (stubs != null && Files.isDirectory(stubs)) {
        try (Stream<Path> files = Files.walk(stubs)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            texts.add(ManualQuotes.comparable(text));
            texts.add(ManualQuotes.comparable(text.replaceAll("<[^>]*>", "")));
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return texts;
  }
}
