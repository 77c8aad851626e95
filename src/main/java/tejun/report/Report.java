package tejun.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The support-staff report: 手順一覧 ({@code index.html}), one page per started scenario, and the
 * attachments as files named by content hash, all rendered from a Cucumber Messages ndjson file.
 */
public final class Report {
  private Report() {}

  /** What was written: the index, and each scenario page by its TestCaseStarted id. */
  public record Result(Path index, Map<String, Path> pages) {}

  public static Result render(Path ndjson, Path outDir) throws ReportInputException, IOException {
    RunModel model = RunModel.of(RunIndex.of(MessageReader.read(ndjson)));
    Files.createDirectories(outDir);
    clean(outDir);
    copyCss(outDir);
    AttachmentView attachments = new AttachmentView(new FileStore(outDir));
    Map<String, Path> pages = new LinkedHashMap<>();
    try {
      ScenarioPage scenarioPage = new ScenarioPage(attachments);
      for (ScenarioRun run : model.scenarios) {
        Path page = outDir.resolve(run.pageName());
        Files.writeString(page, scenarioPage.render(run), StandardCharsets.UTF_8);
        pages.put(run.started.getId(), page);
      }
      Path index = outDir.resolve("index.html");
      Files.writeString(index, new IndexPage(attachments).render(model), StandardCharsets.UTF_8);
      return new Result(index, pages);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Removes the pages of an earlier rendering into the same folder; nothing else is touched. */
  private static void clean(Path outDir) throws IOException {
    try (DirectoryStream<Path> old =
        Files.newDirectoryStream(outDir, "{index.html,scenario-*.html}")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
  }

  private static void copyCss(Path outDir) throws IOException {
    try (InputStream css = Report.class.getResourceAsStream(Layout.CSS)) {
      if (css == null) {
        throw new IOException("report.css is missing from the classpath (tejun/report/report.css)");
      }
      Files.write(outDir.resolve(Layout.CSS), css.readAllBytes());
    }
  }
}
