package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.RealStubs;

/**
 * A manual's quoted words on its coverage page: each marked by a passed step of the manual's own
 * scenarios whose comparison found it on the screen, else a file of the simulated sites, else
 * nowhere (with its 想定), the share checked by a step at the top and in the index, and one clear
 * line for a quotes file that does not fit its table of contents. The words are the report tests'
 * own ({@code src/test/resources/tejun/report/features/fixture/manual.quotes.json}), checked
 * against the fixture site's real run.
 */
class QuotedWordsTest {
  private static final String QUOTES = "fixture/manual.quotes.json";

  @TempDir static Path dir;
  static Report.Result result;
  static Document page;

  @BeforeAll
  static void render() throws Exception {
    result = Fixtures.render(dir.resolve("report"));
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
  void aWordAPassedStepComparedOnTheScreenIsCheckedByThatScenarioWhateverItsSpaces() {
    Element name = row("見本　一郎");
    assertEquals("ステップで確認", where("見本　一郎"), "a full-width space against the step's");
    assertEquals("ログイン", name.select("td").get(0).text());
    List<String> named = name.select("ul.scenario-links a").eachText();
    assertEquals(List.of("会員番号とパスワードでログインできる"), named);
    assertTrue(name.selectFirst("a").attr("href").matches("scenario-\\d{3}\\.html"));
  }

  @Test
  void aWordOnlyTypedIntoAFieldOrNamedInAStepsTextIsNotChecked() {
    assertEquals("画面のみ", where("Fixture-Pass1"), "typed into the password field");
    assertEquals("画面のみ", where("ｍｉｈｏｎ０１"), "typed into the member number field");
  }

  @Test
  void aQuoteIsCheckedOnlyAsAWordOfItsOwn() {
    assertTrue(QuotedWords.checks(List.of("工事は概ね1時間程度です"), "1時間程度"));
    assertTrue(QuotedWords.checks(List.of("お申し込みID:A0001"), "お申し込みID"));
    assertFalse(QuotedWords.checks(List.of("フレッツ公式ホームページ"), "ページ"));
    assertFalse(QuotedWords.checks(List.of("IDs"), "ID"));
    assertFalse(QuotedWords.checks(List.of("件数:1"), "1件"));
    assertTrue(QuotedWords.checks(List.of("ページ 1/1"), "ページ"));
  }

  @Test
  void aWordOnlyInASkippedStepOrInAnotherManualsStepIsNotChecked() {
    assertEquals("画面のみ", where("お届け先の変更"), "its step was skipped; a stub page has it");
    assertEquals("画面のみ", where("IDは《こちら》からご確認ください"), "across a link on a page");
    assertEquals("なし", where("約30分が経つ"), "only a scenario of a feature citing no manual says it");
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
        "引用された語句 8 件のうち、ステップで確認 1 件（12%）・画面のみ 4 件・なし 3 件",
        page.selectFirst(".quote-figures").text());
    assertTrue(
        page.selectFirst(".quote-data").text().contains(QUOTES),
        page.selectFirst(".quote-data").text());
    Document index = Pages.read(result.index());
    String summary = index.selectFirst(".coverage-summary").text();
    assertTrue(summary.contains("引用された語句 8 件のうち、ステップで確認 1 件（12%）"), summary);
  }

  @Test
  void aManualWithoutQuotesHasNoTable(@TempDir Path other) throws Exception {
    Path features = features(other);
    Files.delete(features.resolve(QUOTES));
    Report.Result plain =
        Report.render(
            FixtureRun.messages(),
            other.resolve("report"),
            Optional.of(features),
            FixtureRun.stubs());
    Document coverage = Pages.read(plain.coverage().get(0));
    assertNotNull(coverage.selectFirst("table.coverage"));
    assertTrue(coverage.select("table.quotes").isEmpty());
    assertFalse(Pages.read(plain.index()).text().contains("引用された語句"));
  }

  @Test
  void aQuotesFileForNoTableOfContentsIsOneLineNamingTheFileAndTheFix(@TempDir Path other)
      throws Exception {
    String message = badInput(other, "\"見本サイト操作マニュアル\"", "\"見本サイトの操作マニュアル\"");
    assertTrue(message.contains("manual.quotes.json"), message);
    assertTrue(message.contains("「見本サイトの操作マニュアル」"), message);
    assertTrue(message.contains("copy \"title\" exactly from the manual's toc.json"), message);
  }

  @Test
  void aHeadingNotInTheTableOfContentsIsOneLineNamingTheFileAndTheFix(@TempDir Path other)
      throws Exception {
    String message = badInput(other, "\"退会\"", "\"解約\"");
    assertTrue(message.contains("manual.quotes.json"), message);
    assertTrue(message.contains("見出し「解約」"), message);
    assertTrue(message.contains("manual.toc.json"), message);
  }

  @Test
  void aMalformedQuotesFileIsOneLineNamingTheFile(@TempDir Path other) throws Exception {
    Path features = features(other);
    Files.writeString(features.resolve(QUOTES), "{\"title\": \"見本サイト操作マニュアル\", \"words\": []}");
    String message = renderFails(other, features);
    assertTrue(message.contains("manual.quotes.json"), message);
  }

  /** A copy of the report tests' features, for a test to change. */
  private static Path features(Path other) throws IOException {
    Path features = other.resolve("features");
    RealStubs.copy(FixtureRun.FEATURES, features);
    return features;
  }

  private static String badInput(Path other, String from, String to) throws IOException {
    Path features = features(other);
    Path file = features.resolve(QUOTES);
    Files.writeString(file, Files.readString(file).replace(from, to));
    return renderFails(other, features);
  }

  private static String renderFails(Path other, Path features) {
    ReportInputException e =
        assertThrows(
            ReportInputException.class,
            () ->
                Report.render(
                    FixtureRun.messages(),
                    other.resolve("report"),
                    Optional.of(features),
                    FixtureRun.stubs()));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    return e.getMessage();
  }
}
