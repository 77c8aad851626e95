package tejun.report;

import io.cucumber.messages.types.Envelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The support-staff report: 手順一覧 ({@code index.html}), one page per started scenario, and the
 * attachments as files named by content hash, all rendered from a Cucumber Messages ndjson file.
 */
public final class Report {
  /** The one style sheet of every page (screen and print). */
  static final String CSS = "report.css";

  /**
   * The mutation tool's results in the report folder ({@code sh src/main/sh/mutants.sh}, beside its
   * {@code mutants.html}): when present, the index links to 変異テスト.
   */
  public static final String MUTANTS_JSON = "mutants.json";

  private Report() {}

  /**
   * What was written: the index, each scenario page by its TestCaseStarted id and the PDF it is
   * printed into ({@link Pdfs}), and each manual's coverage page.
   */
  public record Result(
      Path index,
      Map<String, Path> pages,
      Map<Path, Path> pdfs,
      List<Path> coverage,
      BaselineChanges baseline) {}

  public static Result render(Path ndjson, Path outDir) throws ReportInputException, IOException {
    return render(ndjson, outDir, Path.of("stubs"));
  }

  /** {@code stubs}: the simulated sites' folder, where a manual's quoted words may be shown. */
  public static Result render(Path ndjson, Path outDir, Path stubs)
      throws ReportInputException, IOException {
    return render(ndjson, outDir, Optional.empty(), stubs);
  }

  /** {@code features} given: the stubs are the {@code stubs} folder beside it. */
  static Result render(Path ndjson, Path outDir, Optional<Path> features)
      throws ReportInputException, IOException {
    return render(
        ndjson,
        outDir,
        features,
        features.map(f -> f.resolveSibling("stubs")).orElse(Path.of("stubs")));
  }

  /**
   * {@code features}: the folder whose {@code <site>/*.toc.json} are the manuals' tables of
   * contents and {@code <site>/*.quotes.json} their quoted words; when empty, the {@code features}
   * folder the messages' feature files are in.
   */
  static Result render(Path ndjson, Path outDir, Optional<Path> features, Path stubs)
      throws ReportInputException, IOException {
    return render(ndjson, outDir, features, stubs, Optional.empty());
  }

  /**
   * {@code baseline}: the folder of an accepted run ({@link Baseline}), whose screens each screen
   * of this run is compared with; none, or a folder without an accepted run, compares nothing.
   */
  public static Result render(Path ndjson, Path outDir, Path stubs, Optional<Path> baseline)
      throws ReportInputException, IOException {
    return render(ndjson, outDir, Optional.empty(), stubs, baseline);
  }

  static Result render(
      Path ndjson, Path outDir, Optional<Path> features, Path stubs, Optional<Path> baselineDir)
      throws ReportInputException, IOException {
    Optional<Baseline> baseline =
        baselineDir.isPresent() ? Baseline.load(baselineDir.get()) : Optional.empty();
    List<Envelope> envelopes = MessageReader.read(ndjson);
    RunModel model = RunModel.of(envelopes);
    Optional<Path> root = features.or(() -> featuresFolder(model));
    List<ManualToc> tocs = root.isPresent() ? ManualToc.under(root.get()) : List.of();
    List<ManualQuotes> quotes = root.isPresent() ? ManualQuotes.under(root.get(), tocs) : List.of();
    Coverage coverage = new Coverage(tocs, quotes, new StubScreens(stubs), model);
    Files.createDirectories(outDir);
    clean(outDir);
    copyCss(outDir);
    FileStore files = new FileStore(outDir);
    AttachmentView attachments = new AttachmentView(files);
    Map<String, Path> pages = new LinkedHashMap<>();
    Map<Path, Path> pdfs = new LinkedHashMap<>();
    try {
      BaselineChanges changes = BaselineChanges.compare(model, baseline, files);
      SiteNames siteNames = SiteNames.of(stubs);
      ScenarioPage scenarioPage = new ScenarioPage(attachments, coverage, changes, siteNames);
      for (ScenarioRun run : model.scenarios) {
        Path page = outDir.resolve(run.pageName());
        Files.writeString(page, scenarioPage.render(run), StandardCharsets.UTF_8);
        pages.put(run.started.getId(), page);
        pdfs.put(page, outDir.resolve(run.pdfName()));
      }
      List<Path> coveragePages = new ArrayList<>();
      for (Map.Entry<String, String> c : coverage.render().entrySet()) {
        coveragePages.add(Files.writeString(outDir.resolve(c.getKey()), c.getValue()));
      }
      Files.writeString(
          outDir.resolve(DictionaryPage.FILE),
          DictionaryPage.render(SentenceDictionary.of(envelopes)),
          StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve(SearchPage.FILE), SearchPage.render(), StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve(SearchPage.DATA), SearchPage.data(model), StandardCharsets.UTF_8);
      Path index = outDir.resolve("index.html");
      Files.writeString(
          index,
          new IndexPage(attachments, siteNames)
              .render(model, coverage, changes, Files.isRegularFile(outDir.resolve(MUTANTS_JSON))),
          StandardCharsets.UTF_8);
      return new Result(index, pages, pdfs, coveragePages, changes);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The {@code features} folder the run's feature files are in (none when they are not files). */
  private static Optional<Path> featuresFolder(RunModel model) {
    for (FeatureInfo f : model.features.values()) {
      if (!f.uri().startsWith("file:")) {
        continue;
      }
      for (Path p = Path.of(URI.create(f.uri())).getParent(); p != null; p = p.getParent()) {
        if (p.getFileName() != null && p.getFileName().toString().equals("features")) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Removes the pages of an earlier rendering into the same folder; nothing else is touched. */
  private static void clean(Path outDir) throws IOException {
    try (DirectoryStream<Path> old =
        Files.newDirectoryStream(
            outDir,
            "{index.html,dictionary.html,search.html,search-index.js,scenario-*.html,scenario-*.pdf,"
                + "coverage-*.html}")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
  }

  private static void copyCss(Path outDir) throws IOException {
    for (String file : List.of(Report.CSS, SearchPage.SCRIPT)) {
      try (InputStream in = Report.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IOException(
              file + " is missing from the classpath (tejun/report/" + file + ")");
        }
        Files.write(outDir.resolve(file), in.readAllBytes());
      }
    }
  }
}
