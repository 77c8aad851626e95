package tejun.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The words a manual quotes from its screens (titles, labels, buttons, notes, messages, footers),
 * kept as data beside its table of contents: {@code features/<site>/<name>.quotes.json}, with the
 * manual's {@code title} exactly as in its {@code *.toc.json}, and its {@code quotes}, each a
 * {@code text} as the manual has it, the toc {@code heading} where the manual quotes it, and, only
 * for a word on no screen, a {@code 想定} saying why.
 */
record ManualQuotes(String title, List<Quote> quotes, Path file) {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  record Quote(String text, String heading, @JsonProperty("想定") String assumption) {}

  private record Json(String title, List<Quote> quotes) {}

  /**
   * Every {@code *.quotes.json} one level under {@code features}, each checked against the tables
   * of contents: its title must be one's title, and each heading a heading (or chapter) of that
   * one.
   */
  static List<ManualQuotes> under(Path features, List<ManualToc> tocs) throws ReportInputException {
    List<ManualQuotes> all = new ArrayList<>();
    if (!Files.isDirectory(features)) {
      return all;
    }
    try (Stream<Path> sites = Files.list(features)) {
      for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(site, "*.quotes.json")) {
          for (Path file : files) {
            all.add(read(file, tocs));
          }
        }
      }
    } catch (IOException e) {
      throw new ReportInputException(
          features + ": 引用語句のデータを読めません (cannot read): " + e.getMessage());
    }
    all.sort(Comparator.comparing(q -> q.file().toString()));
    for (int i = 1; i < all.size(); i++) {
      for (ManualQuotes earlier : all.subList(0, i)) {
        if (Citation.normal(earlier.title()).equals(Citation.normal(all.get(i).title()))) {
          throw new ReportInputException(
              all.get(i).file()
                  + ": 同じマニュアルの引用語句が "
                  + earlier.file()
                  + " にもあります (one *.quotes.json per manual: merge the two)");
        }
      }
    }
    return all;
  }

  static ManualQuotes read(Path file, List<ManualToc> tocs) throws ReportInputException {
    Json json;
    try {
      json = JSON.readValue(file.toFile(), Json.class);
    } catch (IOException e) {
      throw new ReportInputException(
          file
              + ": 引用語句の JSON として読めません (not a quotes file: {\"title\": …, \"quotes\":"
              + " [{\"text\": …, \"heading\": …}]}): "
              + e.getMessage().lines().findFirst().orElse(""));
    }
    if (json.title() == null || json.title().isBlank() || json.quotes() == null) {
      throw new ReportInputException(
          file
              + ": 引用語句のデータには \"title\" と \"quotes\" が必要です (a quotes file needs a title and"
              + " quotes)");
    }
    ManualToc toc =
        tocOf(json.title(), tocs)
            .orElseThrow(
                () ->
                    new ReportInputException(
                        file
                            + ": 題名「"
                            + json.title()
                            + "」の目次 (*.toc.json) がありません (no table of contents has this title:"
                            + " copy \"title\" exactly from the manual's toc.json)"));
    for (Quote q : json.quotes()) {
      if (q.text() == null || q.text().isBlank() || q.heading() == null) {
        throw new ReportInputException(
            file
                + ": \"text\" と \"heading\" のない語句があります (every quote needs a text and a heading): "
                + q);
      }
      if (!toc.has(q.heading())) {
        throw new ReportInputException(
            file
                + ": 見出し「"
                + q.heading()
                + "」が目次 "
                + toc.file()
                + " にありません (the heading of 「"
                + q.text()
                + "」 must be a heading of that table of contents)");
      }
    }
    return new ManualQuotes(json.title(), List.copyOf(json.quotes()), file);
  }

  static Optional<ManualToc> tocOf(String title, List<ManualToc> tocs) {
    String t = Citation.normal(title);
    return tocs.stream().filter(toc -> Citation.normal(toc.title()).equals(t)).findFirst();
  }

  /**
   * A quote, a step or a screen as compared: Unicode NFKC (full and half width alike), every
   * whitespace removed; a quote is found where its form is contained in the other's.
   */
  static String comparable(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    return n.replaceAll("[\\s\\p{Z}]+", "");
  }
}
