package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manual's quoted words on its coverage page: each marked by a passed step of the manual's own
 * scenarios that has it, else a file of the simulated sites, else nowhere (with its 想定), the share
 * checked by a step at the top and in the index, and one clear line for a quotes file that does not
 * fit its table of contents.
 */
class QuotedWordsTest {
  @TempDir static Path dir;
  static Report.Result result;
  static Document page;

  @BeforeAll
  static void render() throws Exception {
    result =
        Report.render(
            Fixtures.runWithTableOfContents(dir),
            dir.resolve("report"),
            Optional.of(dir.resolve("features")));
    page = Pages.read(result.coverage().get(0));
  }

  private static Element row(String words) {
    for (Element r : page.select("table.quotes tbody tr")) {
      if (r.selectFirst("th").text().equals("「" + words + "」")) {
        return r;
      }
    }
    throw new AssertionError("no row for 「" + words + "」 in " + page.select("table.quotes"));
  }

  private static String where(String words) {
    return row(words).selectFirst("td.where").text();
  }

  @Test
  void aWordInAPassedStepsTextTableOrDocStringIsCheckedByThatScenario() {
    Element login = row("契約回線認証でログイン");
    assertEquals("ステップで確認", where("契約回線認証でログイン"));
    assertEquals("ログイン", login.select("td").get(0).text());
    // The second scenario's step with these words failed: only the first scenario proves them.
    List<String> named = login.select("ul.scenario-links a").eachText();
    assertEquals(List.of("契約回線からログインできる"), named);
    assertTrue(login.selectFirst("a").attr("href").matches("scenario-\\d{3}\\.html"));
    assertEquals("ステップで確認", where("確認コード:123456"), "full width in the doc string");
    assertEquals("ステップで確認", where("ログインのお知らせ"), "a table cell with a space");
  }

  @Test
  void aWordOnlyInASkippedStepOrInAnotherManualsStepIsNotChecked() {
    assertEquals("画面のみ", where("ログイン完了"), "its step was skipped; a stub page has it");
    assertEquals("画面のみ", where("お問い合わせ フォームはこちら"), "across a link on the page");
    assertEquals("なし", where("音声で受け取る"), "only another manual's scenario says it");
  }

  @Test
  void aWordNowhereShowsItsAssumptionOrSaysThatItLacksOne() {
    Element withReason = row("退会する");
    assertEquals("なし", where("退会する"));
    assertTrue(withReason.text().contains("想定: 退会の画面は模擬サイトにない"), withReason.text());
    assertTrue(withReason.select(".none").isEmpty());
    Element without = row("退会の手続き");
    assertEquals("なし", where("退会の手続き"));
    assertTrue(without.selectFirst(".none").text().startsWith("想定がありません"), without.text());
  }

  @Test
  void rowsFollowTheManualsOrderAndTheShareCheckedByAStepIsOnTopAndInTheIndex() {
    List<String> headings =
        page.select("table.quotes tbody tr").stream()
            .map(r -> r.select("td").get(0).text())
            .toList();
    assertEquals(List.of("ログイン", "ログイン", "ログイン", "ログイン", "ログイン", "退会", "退会", "退会"), headings);
    assertEquals(
        "引用された語句 8 件のうち、ステップで確認 3 件（37%）・画面のみ 2 件・なし 3 件",
        page.selectFirst(".quote-figures").text());
    assertTrue(
        page.selectFirst(".quote-data").text().contains("features/membersclub/manual.quotes.json"));
    Document index = Pages.read(result.index());
    String summary = index.selectFirst(".coverage-summary").text();
    assertTrue(summary.contains("引用された語句 8 件のうち、ステップで確認 3 件（37%）"), summary);
  }

  @Test
  void aManualWithoutQuotesHasNoTable(@TempDir Path other) throws Exception {
    Path ndjson = Fixtures.runWithTableOfContents(other);
    Files.delete(other.resolve("features/membersclub/manual.quotes.json"));
    Report.Result plain =
        Report.render(ndjson, other.resolve("report"), Optional.of(other.resolve("features")));
    Document coverage = Pages.read(plain.coverage().get(0));
    assertNotNull(coverage.selectFirst("table.coverage"));
    assertTrue(coverage.select("table.quotes").isEmpty());
    assertFalse(Pages.read(plain.index()).text().contains("引用された語句"));
  }

  @Test
  void aQuotesFileForNoTableOfContentsIsOneLineNamingTheFileAndTheFix(@TempDir Path other) {
    String message =
        badInput(other, Fixtures.QUOTES.replace("\"会員サイト操作マニュアル\"", "\"会員サイトの操作マニュアル\""));
    assertTrue(message.contains("manual.quotes.json"), message);
    assertTrue(message.contains("「会員サイトの操作マニュアル」"), message);
    assertTrue(message.contains("copy \"title\" exactly from the manual's toc.json"), message);
  }

  @Test
  void aHeadingNotInTheTableOfContentsIsOneLineNamingTheFileAndTheFix(@TempDir Path other) {
    String message = badInput(other, Fixtures.QUOTES.replace("\"退会\"", "\"解約\""));
    assertTrue(message.contains("manual.quotes.json"), message);
    assertTrue(message.contains("見出し「解約」"), message);
    assertTrue(message.contains("manual.toc.json"), message);
  }

  @Test
  void aMalformedQuotesFileIsOneLineNamingTheFile(@TempDir Path other) {
    String message = badInput(other, "{\"title\": \"会員サイト操作マニュアル\", \"words\": []}");
    assertTrue(message.contains("manual.quotes.json"), message);
  }

  private static String badInput(Path other, String quotes) {
    Path ndjson = Fixtures.runWithTableOfContents(other);
    Path file = other.resolve("features/membersclub/manual.quotes.json");
    ReportInputException e =
        assertThrows(
            ReportInputException.class,
            () -> {
              Files.writeString(file, quotes);
              Report.render(
                  ndjson, other.resolve("report"), Optional.of(other.resolve("features")));
            });
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    return e.getMessage();
  }
}
