package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real run of the fixture site ({@link FixtureRun}): screens, frames, the network
 * state, mails, SMS and calls as the hooks attach them, and a scenario that fails on purpose.
 */
class RealRunTest {
  static final String FAILED = "見本サイトにないページを開くと、模擬ネットワークが答えない";
  static final String BY_SMS = "SMSで届いた確認コードを入力して、本人確認を済ませる";

  @TempDir static Path dir;
  static Report.Result result;
  static Path out;

  @BeforeAll
  static void render() throws Exception {
    out = dir.resolve("report");
    result = Fixtures.render(out);
  }

  static Document page(Report.Result result, String title) {
    return result.pages().values().stream()
        .map(Pages::read)
        .filter(d -> d.select("h1").text().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page titled " + title));
  }

  static Document page(String title) {
    return page(result, title);
  }

  @Test
  void indexShowsTheRunBrowserTotalsAndSitesWithFailuresFirst() {
    Document index = Pages.read(result.index());
    assertEquals("ja", index.selectFirst("html").attr("lang"));
    assertEquals("手順一覧", index.title());
    String text = index.text();
    assertTrue(text.matches(".*ブラウザ Chromium \\d+\\.\\d+.*"), "browser and version: " + text);
    assertTrue(
        index
            .selectFirst(".facts time")
            .attr("datetime")
            .matches("\\d{4}-\\d\\d-\\d\\dT.*\\+09:00"),
        "the run's time in Japan");
    assertTrue(text.contains("（日本時間）"), text);
    assertEquals("失敗 1 件", index.selectFirst(".count.st-failed").text());
    assertEquals("成功 8 件", index.selectFirst(".count.st-passed").text());
    assertEquals(List.of("サイト: 見本サイト"), index.select(".site > h3").eachText());
    assertTrue(text.contains("出典: tejun 見本サイトの手順 (ハーネスの自己診断用)"), "manual reference");
    Element problems = index.selectFirst("section.problems tbody tr");
    assertNotNull(problems, "failures listed first");
    assertEquals(FAILED, problems.selectFirst("th").text());
    assertTrue(problems.text().contains("模擬ネットワークに用意されていない相手"), "why, in plain words");
    Element firstRow = index.selectFirst(".feature tbody tr");
    assertTrue(firstRow.hasClass("st-failed"), "failed scenario first within its manual");
    assertTrue(
        index.select("section").indexOf(index.selectFirst("section.problems"))
            < index.select("section").indexOf(index.selectFirst("section.sites")));
  }

  @Test
  void passedPageReadsLikeTheManualWithNetworkStateAndMessages() {
    Document doc = page(BY_SMS);
    assertTrue(doc.selectFirst(".reference").text().contains("tejun 見本サイトの手順"));
    assertTrue(doc.text().contains("サイトがメール、SMS、音声電話で送る確認コードを"));
    List<String> steps = doc.select("li.step .step-text").eachText();
    assertEquals("見本サイトの「http://fixture.tejun.test/」を開く", steps.get(0), "the background");
    assertEquals("「SMSで受け取る」ボタンを押す", steps.get(3));
    assertEquals(10, steps.size());
    assertEquals(
        List.of("前提", "もし", "かつ", "かつ"), doc.select("li.step .kw").eachText().subList(0, 4));
    assertTrue(doc.select("li.step.hook").isEmpty(), "passed hooks are not shown");
    Element network = doc.selectFirst("#step-1 table.network");
    assertNotNull(network, "network state under the step that started it");
    assertEquals(
        List.of("ISP回線（IPv4シングルセッション） 接続済み", "通信経路 インターネット"),
        network.select("tbody tr").eachText());
    assertEquals(List.of("接続", "状態"), network.select("thead th").eachText());
    assertEquals(1, doc.select("table.network").size(), "shown again only when it changes");
    Element sms = doc.selectFirst("#step-4 .message-sms");
    assertNotNull(sms, "the SMS under the step it arrived in");
    assertEquals("受信したSMS", sms.selectFirst(".message-title").text());
    assertTrue(sms.text().contains("宛先 090-1234-5678"), sms.text());
    assertTrue(sms.selectFirst(".message-body").text().contains("確認コード"), sms.text());
    Element shot = doc.selectFirst("#step-2 figure.screenshot:not(.before-action)");
    assertEquals(
        shot.selectFirst("a").attr("href"),
        shot.selectFirst("img").attr("src"),
        "click opens full size");
    assertFalse(shot.selectFirst("img").attr("alt").isBlank());
    assertTrue(doc.text().matches(".*Chromium \\d+.*"));
  }

  @Test
  void aMailAndACallAreShownUnderTheirSteps() {
    Element mail = page("メールで届いた確認コードを入力して、本人確認を済ませる").selectFirst("#step-4 .message-mail");
    assertNotNull(mail);
    assertEquals("受信したメール", mail.selectFirst(".message-title").text());
    assertTrue(mail.text().contains("件名 【見本サイト】確認コードのお知らせ"), mail.text());
    assertTrue(mail.text().contains("差出人 見本サイト <no-reply@fixture.tejun.test>"), mail.text());
    Element voice =
        page("固定電話にはSMSが届かないので、音声電話で確認コードを聞いて入力する").selectFirst("#step-7 .message-voice");
    assertNotNull(voice);
    assertEquals("音声で伝えられた内容", voice.selectFirst(".message-title").text());
    assertTrue(voice.text().contains("宛先 03-1234-5678"), voice.text());
    assertNull(voice.selectFirst("dd:containsOwn(件名)"), "a call has no subject");
  }

  @Test
  void failedPageMarksTheStepAndShowsItsRecordsPlainWordsFirst() {
    Document doc = page(FAILED);
    Element alert = doc.selectFirst("section.alert");
    assertNotNull(alert, "the failure is announced at the top");
    assertEquals("#step-2", alert.selectFirst("a").attr("href"));
    Element failed = doc.selectFirst("#step-2");
    assertTrue(failed.hasClass("st-failed"));
    assertTrue(failed.selectFirst(".badge").text().contains("失敗"));
    Element error = failed.selectFirst(".error");
    assertEquals(ErrorText.UNANSWERED, error.selectFirst(".plain").text());
    assertTrue(error.selectFirst(".detail").text().contains("no stub answers"));
    Element details = error.selectFirst("details");
    assertTrue(details.text().contains("ScreenSteps.screenShown"), "stack trace, collapsed");
    assertTrue(
        error.children().indexOf(error.selectFirst(".plain")) < error.children().indexOf(details));
    Element records = failed.selectFirst(".failure-records");
    assertNotNull(records, "the After hooks' records are shown with the failed step");
    assertEquals(
        "http://fixture.tejun.test/nothing.html", records.selectFirst(".uri-list a").attr("href"));
    assertTrue(records.selectFirst("pre.near-miss").text().contains("/nothing.html"));
    assertNotNull(failed.selectFirst("figure.screenshot img"), "the screen when it failed");
    assertTrue(doc.selectFirst("#step-3").selectFirst(".badge").text().contains("未実行"));
    Element after = doc.selectFirst("li.step.hook");
    assertNotNull(
        after, "the After hook that failed the scenario for an unanswered request is shown");
    assertTrue(after.hasClass("st-failed"));
    assertEquals("後処理 (After)", after.selectFirst(".step-text").text());
    assertEquals(ErrorText.UNANSWERED, after.selectFirst(".error .plain").text());
    assertNull(
        after.selectFirst("pre.near-miss"), "its near miss is among the failed step's records");
    assertEquals(1, doc.select("li.step.hook").size());
  }

  @Test
  void whatTheAfterStepHooksRecordIsShownUnderTheStepBeforeIt() {
    Document doc = page(BY_SMS);
    assertEquals(10, doc.select("li.step").size(), "no block for the passed AfterStep hooks");
    assertFalse(doc.text().contains("AfterStep"), "no AfterStep block or caption: " + doc.text());
    assertFalse(doc.text().contains("後処理"), doc.text());
    Element shot = doc.selectFirst("#step-2 figure.screenshot:not(.before-action)");
    assertEquals("この手順の後の画面", shot.selectFirst("figcaption").ownText().strip());
    assertEquals("手順 2 の後の画面", shot.selectFirst("img").attr("alt"));
    Element before = doc.selectFirst("#step-2 figure.before-action");
    assertNotNull(before, "the screen before the step acted, first");
    assertFalse(before.select(".frame").isEmpty(), "with what it acted on framed");
    List<Element> step4 = doc.select("#step-4 > .attachment");
    assertTrue(
        step4.indexOf(doc.selectFirst("#step-4 figure.screenshot:not(.before-action)").parent())
            < step4.indexOf(doc.selectFirst("#step-4 .message-sms").parent()),
        "the screen after the step, then what arrived during it");
  }

  @Test
  void theBreadcrumbNamesTheSiteAsStaffKnowItNotItsKey() {
    Document doc = page(BY_SMS);
    assertEquals(
        List.of("手順一覧", "見本サイト", doc.selectFirst("nav.crumbs li:last-child").text()),
        doc.select("nav.crumbs li").eachText());
  }

  @Test
  void theWordsAStepComparedAreFramedInBlueOnTheScreenAfterItAndListed() {
    Document doc = page("1時間後に配達を予約すると、1時間が経ってからお届けのメールが届く");
    assertTrue(doc.selectFirst("p.legend").text().contains("青い点線の枠"), "the legend says so");
    Element check = doc.selectFirst("#step-2");
    assertEquals("確認した文言: 「現在の日時: 2026年04月01日 10時00分」", check.selectFirst(".checked-words").text());
    Element shot = check.selectFirst("figure.screenshot:not(.before-action)");
    assertEquals("この手順の後の画面（青い点線枠: 確認した文言）", shot.selectFirst("figcaption").ownText().strip());
    assertEquals(1, shot.select(".frame.compared").size(), "one frame round the words");
    assertTrue(shot.select(".frame:not(.compared)").isEmpty(), "no red frame after the step");
    assertEquals(
        "確認した文言: 「お知らせのメールアドレス」",
        doc.selectFirst("#step-3 .checked-words").text(),
        "a field found by its label: the label, not what was typed");
  }

  @Test
  void aFailedAfterStepHookIsShownAndMarkedRightAfterItsStep(@TempDir Path other) throws Exception {
    String scenario = "新しいタブで開いたページを閉じると、元のタブに戻る";
    Report.Result failed =
        Report.render(
            Fixtures.withFailedAfterStepHook(other, scenario),
            other.resolve("report"),
            FixtureRun.stubs());
    Document doc = page(failed, scenario);
    List<Element> items = doc.select("ol.steps > li");
    assertEquals(
        List.of("step-1", "hook", "step-2"),
        items.stream().limit(3).map(li -> li.hasClass("hook") ? "hook" : li.id()).toList(),
        "the failed hook right after step 1");
    Element hook = items.get(1);
    assertTrue(hook.hasClass("st-failed"));
    assertEquals("手順 1 の後の処理 (AfterStep)", hook.selectFirst(".step-text").text());
    assertTrue(hook.selectFirst(".step-result .badge").text().contains("失敗"));
    assertEquals("手順 1 の後の処理（画面や通信状態の記録など）で問題が起きました。", hook.selectFirst(".error .plain").text());
    assertTrue(
        hook.selectFirst(".error .detail")
            .text()
            .contains("session deleted because of page crash"));
    assertNotNull(
        doc.selectFirst("#step-1 table.network"), "what the other hooks recorded is under step 1");
    assertNull(hook.selectFirst("table.network"));
    assertTrue(items.get(0).hasClass("st-passed"), "step 1 itself passed");
    assertTrue(items.get(2).selectFirst(".badge").text().contains("未実行"));
    Element alert = doc.selectFirst("section.alert");
    assertEquals("#" + hook.id(), alert.selectFirst("a").attr("href"));
    assertEquals("手順 1 の後の処理 (AfterStep)", alert.selectFirst("a").text());

    Element row =
        Pages.read(failed.index()).select("section.problems tbody tr").stream()
            .filter(tr -> tr.selectFirst("th").text().equals(scenario))
            .findFirst()
            .orElseThrow();
    assertTrue(row.text().contains("手順 1 の後の処理 (AfterStep)"), row.text());
  }

  @Test
  void pageHtmlIsStoredEscapedNeverLive() throws Exception {
    Document doc = page(FAILED);
    Element link = doc.selectFirst(".failure-records a.file-link");
    assertNotNull(link);
    String view = Files.readString(out.resolve(link.attr("href")), StandardCharsets.UTF_8);
    assertTrue(view.contains("&lt;title&gt;tejun: 模擬ネットワークにない宛先&lt;/title&gt;"), view);
    assertFalse(view.contains("<title>tejun: "), "the recorded page is text, not a page");
    assertFalse(doc.html().contains("模擬ネットワークにない宛先</title>"), "the page HTML is not inlined");
  }

  @Test
  void eachScreenshotIsStoredOnceAsAFileAndNeverInlined() throws Exception {
    List<Path> pngs;
    try (Stream<Path> files = Files.list(out.resolve("files"))) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    for (Path png : pngs) {
      assertEquals(
          FileStore.DIR + "/" + tejun.ScenarioRecords.sha256(Files.readAllBytes(png)) + ".png",
          out.relativize(png).toString(),
          "named by its content, so stored once");
    }
    long references =
        result.pages().values().stream()
            .map(Pages::read)
            .mapToLong(d -> d.select("img[src$=.png]").size())
            .sum();
    assertTrue(
        references > 2 * pngs.size(),
        "screenshots shown " + references + " times from " + pngs.size() + " files");
    CompatibilityKitTest.assertSelfContained(out);
    for (Path page : result.pages().values()) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertFalse(html.contains("iVBORw0KGgo"), "no base64 PNG in " + page);
    }
  }

  @Test
  void printsOnA4() throws Exception {
    String css = Files.readString(out.resolve("report.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("@page { size: A4;"));
    assertTrue(css.contains("@media print"));
    assertTrue(css.matches("(?s).*@media print.*\\.step[^{]*\\{[^}]*break-inside: avoid.*"));
  }

  @Test
  void rendersAgainIntoTheSameFolder() throws Exception {
    Path again = dir.resolve("again");
    Files.createDirectories(again);
    Files.writeString(again.resolve("scenario-099.html"), "stale");
    Report.Result first = Fixtures.render(again);
    Report.Result second = Fixtures.render(again);
    assertEquals(first.pages(), second.pages());
    assertFalse(
        Files.exists(again.resolve("scenario-099.html")), "pages of an earlier run are removed");
    assertEquals(Files.readString(result.index()), Files.readString(second.index()));
  }
}
