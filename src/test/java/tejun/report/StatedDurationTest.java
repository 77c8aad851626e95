package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature's {@code 所要時間:} line, the time its manual says the procedure takes: shown with the
 * manual reference on each of its scenarios' pages and under its manual in the index, not among the
 * description's paragraphs.
 */
class StatedDurationTest {
  static final String SHOWN = "所要時間（マニュアルによる）: 約5分（マニュアルの目安）";

  @Test
  void shownWithTheReferenceOnTheScenarioPagesAndInTheIndex(@TempDir Path dir) throws Exception {
    Report.Result result = Fixtures.render(dir.resolve("report"));
    List<Document> pages = result.pages().values().stream().map(Pages::read).toList();
    List<String> stated =
        pages.stream()
            .map(p -> p.selectFirst(".reference .stated-duration"))
            .map(e -> e == null ? "" : e.text())
            .filter(s -> !s.isEmpty())
            .toList();
    // report-manual.feature's two scenarios say it; the fixture site's seven do not.
    assertEquals(List.of(SHOWN, SHOWN), stated);
    for (Document p : pages) {
      assertFalse(p.select(".description").text().contains("所要時間"), p.title());
    }
    Document index = Pages.read(result.index());
    assertEquals(List.of(SHOWN), index.select(".feature .stated-duration").eachText());
  }
}
