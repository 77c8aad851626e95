package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manual's coverage page: its sections in the manual's order, each with the scenarios citing it,
 * the sections none does, headings its table of contents lacks, and the 想定 notes. The manual is the
 * report tests' own ({@code src/test/resources/tejun/report/features/fixture/manual.toc.json}),
 * cited by {@code report-manual.feature} in the fixture site's real run.
 */
class CoverageTest {
  @TempDir static Path dir;
  static Report.Result result;
  static Document page;

  @BeforeAll
  static void render() throws Exception {
    result = Fixtures.render(dir.resolve("report"));
    assertEquals(1, result.coverage().size());
    page = Pages.read(result.coverage().get(0));
  }

  @Test
  void sectionsInTheManualsOrderWithTheScenariosThatTranscribeThem() {
    assertEquals("網羅状況 - 見本サイト操作マニュアル", page.title());
    List<Element> rows = page.select("table.coverage tbody tr");
    assertEquals(
        List.of("ログイン", "退会"), rows.stream().map(r -> r.selectFirst("th").text()).toList());
    assertTrue(rows.get(0).hasClass("covered"));
    assertEquals("p.42", rows.get(0).selectFirst("td.num").text());
    List<String> linked = rows.get(0).select("a").eachAttr("href");
    assertEquals(2, linked.size(), "both scenarios of the feature: " + linked);
    assertTrue(
        linked.stream().allMatch(h -> h.matches("scenario-\\d{3}\\.html")), linked.toString());
    assertTrue(rows.get(1).hasClass("uncovered"));
    assertTrue(rows.get(1).text().contains("手順なし"));
  }

  @Test
  void untranscribedSectionsUnknownHeadingsAndAssumptionsAreListed() {
    assertTrue(page.selectFirst(".uncovered-list").text().contains("退会（p.45）"));
    assertTrue(page.text().contains("「存在しない見出し」（report-manual.feature）"), page.text());
    Element notes = page.selectFirst(".assumptions table");
    assertNotNull(notes);
    assertTrue(notes.text().contains("見本サイトのマニュアルは報告書のテストのためのもの"));
    assertTrue(notes.text().contains("report-manual.feature 2行目"), notes.text());
  }

  @Test
  void theIndexAndTheScenarioPagesLinkTheCoveragePage() {
    String name = result.coverage().get(0).getFileName().toString();
    Document index = Pages.read(result.index());
    assertNotNull(index.selectFirst(".coverage-summary a[href=" + name + "]"));
    assertTrue(
        index.selectFirst(".coverage-summary").text().contains("目次 2 項目のうち、手順があるもの 1 項目・ないもの 1 項目"),
        index.selectFirst(".coverage-summary").text());
    long citing =
        result.pages().values().stream()
            .map(Pages::read)
            .filter(d -> d.selectFirst(".reference a.coverage-link[href=" + name + "]") != null)
            .count();
    assertEquals(2, citing, "the feature's two scenarios link their manual's coverage");
  }
}
