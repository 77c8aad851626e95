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
 * success.
 */
class UnfinishedRunTest {
  @TempDir static Path dir;
  static Report.Result result;

  @BeforeAll
  static void render() throws Exception {
    result = Report.render(Fixtures.unfinishedRun(dir), dir.resolve("report"));
  }

  @Test
  void indexSaysTheRunIsNotCompleteAndTheResultIsNotASuccess() {
    Document index = Pages.read(result.index());
    assertTrue(
        index.selectFirst(".overall .badge").text().contains("不明"),
        index.selectFirst(".overall").text());
    assertTrue(index.selectFirst("section.alert").text().contains("テスト実行が最後まで記録されていません"));
    assertEquals("未実行 3 件", index.selectFirst(".count.st-skipped").text());
    assertEquals("不明 1 件", index.selectFirst(".count.st-unknown").text());
    assertEquals("成功 0 件", index.selectFirst(".count.st-passed").text());
    assertTrue(
        index.selectFirst(".count.st-passed").hasClass("zero"),
        "a count of 0 is not coloured as a result");
    assertFalse(index.selectFirst(".count.st-skipped").hasClass("zero"));
    Element row = index.selectFirst("section.problems tbody tr");
    assertEquals("契約回線からログインできる", row.selectFirst("th").text());
    assertTrue(row.text().contains("手順 3：「契約回線認証でログイン」を押す"), row.text());
    assertTrue(row.text().contains("記録はここで途切れています"), row.text());
    List<String> notStarted = index.select(".feature tr.st-skipped th").eachText();
    assertEquals(3, notStarted.size(), notStarted.toString());
    notStarted.forEach(t -> assertTrue(t.endsWith("（実行の記録がありません）"), t));
  }

  @Test
  void scenarioPageSaysWhereTheRecordEnds() {
    Document doc = Pages.read(result.pages().values().iterator().next());
    assertEquals("契約回線からログインできる", doc.selectFirst("h1").text());
    assertTrue(doc.selectFirst(".result-line .badge").text().contains("不明"));
    Element alert = doc.selectFirst("section.alert");
    assertEquals("この手順は最後まで記録されていません", alert.selectFirst("h2").text());
    assertTrue(alert.text().contains("結果は確定していません"), alert.text());
    assertTrue(alert.text().contains("記録が途切れた場所: 手順 3："), alert.text());
    assertEquals("#step-3", alert.selectFirst("a").attr("href"));
    assertFalse(
        doc.select("#step-2 figure.screenshot").isEmpty(), "what was recorded is still shown");
    assertEquals(
        5, doc.select("li.step").size(), "the whole procedure, without hooks that have no record");
    assertTrue(doc.selectFirst("#step-5 .badge").text().contains("不明"));
  }
}
