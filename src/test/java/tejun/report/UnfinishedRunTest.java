package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that end before the run finished (stopped, or read while running) never read as a
 * success: the fixture site's real run, cut off in step 3 of the first scenario that passed.
 */
class UnfinishedRunTest {
  @TempDir static Path dir;
  static Report.Result result;
  static Document page;

  @BeforeAll
  static void render() throws Exception {
    result = Report.render(Fixtures.unfinishedRun(dir), dir.resolve("report"), FixtureRun.stubs());
    page = Pages.read(result.pages().values().iterator().next());
  }

  @Test
  void indexSaysTheRunIsNotCompleteAndTheResultIsNotASuccess() {
    Document index = Pages.read(result.index());
    assertTrue(
        index.selectFirst(".overall .badge").text().contains("不明"),
        index.selectFirst(".overall").text());
    assertTrue(index.selectFirst("section.alert").text().contains("テスト実行が最後まで記録されていません"));
    assertEquals("未実行 8 件", index.selectFirst(".count.st-skipped").text());
    assertEquals("不明 1 件", index.selectFirst(".count.st-unknown").text());
    assertEquals("成功 0 件", index.selectFirst(".count.st-passed").text());
    assertTrue(
        index.selectFirst(".count.st-passed").hasClass("zero"),
        "a count of 0 is not coloured as a result");
    assertFalse(index.selectFirst(".count.st-skipped").hasClass("zero"));
    Element row = index.selectFirst("section.problems tbody tr");
    assertEquals(page.selectFirst("h1").text(), row.selectFirst("th").text());
    String step3 = page.selectFirst("#step-3 .step-text").text();
    assertTrue(row.text().contains("手順 3：" + step3), row.text());
    assertTrue(row.text().contains("記録はここで途切れています"), row.text());
    List<String> notStarted = index.select(".feature tr.st-skipped th").eachText();
    assertEquals(8, notStarted.size(), notStarted.toString());
    notStarted.forEach(t -> assertTrue(t.endsWith("（実行の記録がありません）"), t));
  }

  @Test
  void scenarioPageSaysWhereTheRecordEnds() {
    assertEquals(1, result.pages().size(), "a page for the one scenario that started");
    assertTrue(page.selectFirst(".result-line .badge").text().contains("不明"));
    Element alert = page.selectFirst("section.alert");
    assertEquals("この手順は最後まで記録されていません", alert.selectFirst("h2").text());
    assertTrue(alert.text().contains("結果は確定していません"), alert.text());
    assertTrue(alert.text().contains("記録が途切れた場所: 手順 3："), alert.text());
    assertEquals("#step-3", alert.selectFirst("a").attr("href"));
    assertFalse(
        page.select("#step-2 figure.screenshot").isEmpty(), "what was recorded is still shown");
    int steps = page.select("li.step").size();
    assertTrue(steps > 3, "the whole procedure, without hooks that have no record");
    assertTrue(page.selectFirst("#step-" + steps + " .badge").text().contains("不明"));
  }
}
