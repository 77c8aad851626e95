package tejun.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tejun.ScenarioRecords;
import tejun.Templates;

/** Stores attachments under {@code files/}, named by the SHA-256 of their content, each once. */
final class FileStore {
  static final String DIR = "files";
  private final Path dir;
  private final Set<String> written = new HashSet<>();

  FileStore(Path outDir) {
    this.dir = outDir.resolve(DIR);
  }

  /** Writes the content unless already written; returns its path relative to the report. */
  String store(byte[] content, String extension) {
    return write(ScenarioRecords.sha256(content) + "." + extension, content);
  }

  /** Stores a generated page that shows {@code content} as escaped source, never as a live page. */
  String storeSourceView(byte[] content, String title) {
    String name = ScenarioRecords.sha256(content) + ".source.html";
    if (written.contains(name)) {
      return DIR + "/" + name;
    }
    String page =
        Templates.render(
            "report/source",
            Map.of(
                "title",
                title,
                "stylesheet",
                "../" + Report.CSS,
                "bodyClass",
                "source-view",
                "text",
                new String(content, StandardCharsets.UTF_8)));
    return write(name, page.getBytes(StandardCharsets.UTF_8));
  }

  private String write(String name, byte[] content) {
    if (written.add(name)) {
      try {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        if (!Files.exists(file) || Files.size(file) != content.length) {
          Files.write(file, content);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return DIR + "/" + name;
  }
}
