package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's own features and tables of contents agree: every 出典 line naming a manual names one
 * that has a table of contents ({@code features/<site>/*.toc.json}), and every heading it cites is
 * in it, so each manual's coverage page is complete.
 */
class ManualTocTest {
  private static final Path FEATURES = Path.of("features");

  @Test
  void everyCitedManualAndHeadingIsInATableOfContents() throws Exception {
    List<ManualToc> tocs = ManualToc.under(FEATURES);
    assertFalse(tocs.isEmpty(), "tables of contents under " + FEATURES.toAbsolutePath());
    List<String> problems = new ArrayList<>();
    for (Path feature : features()) {
      List<String> references =
          Files.readAllLines(feature).stream()
              .map(String::strip)
              .map(FeatureInfo::reference)
              .filter(r -> r != null)
              .toList();
      for (Citation c : Citation.of(references)) {
        if (c.manual().isEmpty()) {
          continue;
        }
        String title = Citation.normal(c.manual().get());
        ManualToc toc =
            tocs.stream()
                .filter(t -> Citation.normal(t.title()).equals(title))
                .findFirst()
                .orElse(null);
        if (toc == null) {
          problems.add(feature + ": no table of contents has the title 「" + c.manual().get() + "」");
          continue;
        }
        for (String heading : c.headings()) {
          String h = Citation.normal(heading);
          boolean known =
              toc.sections().stream()
                  .anyMatch(
                      s ->
                          Citation.normal(s.heading()).equals(h)
                              || Citation.normal(s.chapter()).equals(h));
          if (!known) {
            problems.add(feature + ": 「" + heading + "」 is not in " + toc.file());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<Path> features() throws IOException {
    try (Stream<Path> files = Files.walk(FEATURES)) {
      return files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
    }
  }
}
