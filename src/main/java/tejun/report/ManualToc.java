package tejun.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A manual's table of contents, kept as data next to the features that transcribe it: {@code
 * features/<site>/<name>.toc.json}, with the manual's {@code title} exactly as the features' {@code
 * 出典:} lines quote it, and its {@code sections} in the manual's order, each a {@code chapter}, a
 * {@code heading} (the chapter itself when it has no sub-headings) and a {@code page} (null where
 * the manual has no pages, such as a web article).
 */
record ManualToc(String title, String source, String manual, List<Section> sections, Path file) {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  record Section(String chapter, String heading, Integer page) {}

  private record Json(String title, String source, String manual, List<Section> sections) {}

  /** Every {@code *.toc.json} one level under {@code features}, by site folder then file name. */
  static List<ManualToc> under(Path features) throws ReportInputException {
    List<ManualToc> tocs = new ArrayList<>();
    if (!Files.isDirectory(features)) {
      return tocs;
    }
    try (Stream<Path> sites = Files.list(features)) {
      for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(site, "*.toc.json")) {
          for (Path file : files) {
            tocs.add(read(file));
          }
        }
      }
    } catch (IOException e) {
      throw new ReportInputException(features + ": 目次を読めません (cannot read): " + e.getMessage());
    }
    tocs.sort(java.util.Comparator.comparing(t -> t.file().toString()));
    return tocs;
  }

  /** The sections a heading names: that heading, or every section of that chapter. */
  List<Section> sections(String heading) {
    String h = Citation.normal(heading);
    return sections.stream()
        .filter(
            s -> Citation.normal(s.heading()).equals(h) || Citation.normal(s.chapter()).equals(h))
        .toList();
  }

  boolean has(String heading) {
    return !sections(heading).isEmpty();
  }

  static ManualToc read(Path file) throws ReportInputException {
    try {
      Json json = JSON.readValue(file.toFile(), Json.class);
      if (json.title() == null || json.title().isBlank() || json.sections() == null) {
        throw new ReportInputException(
            file
                + ": 目次には \"title\" と \"sections\" が必要です (a table of contents needs a title and"
                + " sections)");
      }
      for (Section s : json.sections()) {
        if (s.heading() == null || s.heading().isBlank()) {
          throw new ReportInputException(
              file + ": 見出しのない項目があります (every section needs a \"heading\"): " + s);
        }
      }
      return new ManualToc(
          json.title(), json.source(), json.manual(), List.copyOf(json.sections()), file);
    } catch (IOException e) {
      throw new ReportInputException(
          file
              + ": 目次の JSON として読めません (not a table of contents): "
              + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
