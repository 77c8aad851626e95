package tejun.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * tejun's own attachment types, on a hand-made run with passed and failed scenarios whose
 * screenshots and network state are attached by an AfterStep hook, as tejun's harness does.
 */
class TejunSampleTest {
  @TempDir static Path dir;
  static Report.Result result;
  static Path out;

  @BeforeAll
  static void render() throws Exception {
    out = dir.resolve("report");
    result = Report.render(Fixtures.copy("tejun-sample.ndjson", dir), out);
  }

  static Document page(String title) {
    return result.pages().values().stream()
        .map(Pages::read)
        .filter(d -> d.select("h1").text().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page titled " + title));
  }

  @Test
  void indexShowsTheRunBrowserTotalsAndSitesWithFailuresFirst() {
    Document index = Pages.read(result.index());
    assertEquals("ja", index.selectFirst("html").attr("lang"));
    assertEquals("手順一覧", index.title());
    String text = index.text();
    assertTrue(text.contains("Chromium 156.0.8078.79"), "browser and version");
    // 1795300000 s since the epoch is 2026-11-22 07:26:40 in Tokyo (UTC+9).
    assertEquals("2026-11-22T07:26:40+09:00", index.selectFirst(".facts time").attr("datetime"));
    assertTrue(text.contains("2026年11月22日(日) 07:26:40（日本時間）"), text);
    assertEquals("失敗 2 件", index.selectFirst(".count.st-failed").text());
    assertEquals("成功 2 件", index.selectFirst(".count.st-passed").text());
    List<String> sites = index.select(".site > h3").eachText();
    assertEquals(List.of("サイト: フレッツ光メンバーズクラブ", "サイト: www.example-isp.jp"), sites);
    assertTrue(text.contains("出典: 会員サイト操作マニュアル 第3章「ログイン」 p.42"), "manual reference");
    assertTrue(text.contains("出典: 本人確認マニュアル 第5章 p.12"), "full-width colon reference");
    Element problems = index.selectFirst("section.problems tbody tr");
    assertNotNull(problems, "failures listed first");
    assertEquals("ブロードバンド接続が切れているとログインできない", problems.selectFirst("th").text());
    assertTrue(problems.text().contains("画面に、探していた項目"), "why, in plain words");
    Element firstRow = index.selectFirst(".feature tbody tr");
    assertTrue(firstRow.hasClass("st-failed"), "failed scenario first within its manual");
    assertTrue(
        index.select("section").indexOf(index.selectFirst("section.problems"))
            < index.select("section").indexOf(index.selectFirst("section.sites")));
  }

  @Test
  void passedPageReadsLikeTheManualWithNetworkStateAndMessages() {
    Document doc = page("契約回線からログインできる");
    assertTrue(doc.selectFirst(".reference").text().contains("サポート対応手順書 2.1「ID不明時の案内」 p.7"));
    assertTrue(doc.text().contains("お客さまから「IDが分からない」と問い合わせがあったときに案内します。"));
    List<String> steps = doc.select("li.step .step-text").eachText();
    assertEquals(
        List.of(
            "模擬PCをISP回線に接続する",
            "会員サイトのログイン画面を開く",
            "「契約回線認証でログイン」を押す",
            "SMSで確認コードが届く",
            "登録メールアドレスに通知メールが届く"),
        steps);
    assertEquals(List.of("前提", "もし", "かつ", "ならば", "かつ"), doc.select("li.step .kw").eachText());
    assertTrue(
        doc.select("li.step.hook").isEmpty(),
        "passed hooks with only the browser note are not shown");
    Element network = doc.selectFirst("#step-1 table.network");
    assertNotNull(network, "network state under the step that changed it");
    assertEquals(
        List.of("ISP回線 接続済み", "ブロードバンド接続 接続済み", "通信経路 インターネット"),
        network.select("tbody tr").eachText());
    assertEquals(List.of("接続", "状態"), network.select("thead th").eachText());
    Element sms = doc.selectFirst("#step-4 .message-sms");
    assertEquals("482913", sms.selectFirst(".code strong").text());
    assertEquals("482913", sms.selectFirst(".message-body mark").text());
    Element mail = doc.selectFirst("#step-5 .message-mail");
    assertTrue(mail.text().contains("件名 【会員サイト】ログインのお知らせ"), mail.text());
    assertTrue(mail.text().contains("taro.yamada@example.jp"));
    Element shot = doc.selectFirst("#step-2 figure.screenshot");
    assertEquals(
        shot.selectFirst("a").attr("href"),
        shot.selectFirst("img").attr("src"),
        "click opens full size");
    assertFalse(shot.selectFirst("img").attr("alt").isBlank());
    assertTrue(doc.text().contains("Chromium 156.0.8078.79"));
    assertTrue(doc.select("#step-1 figure").isEmpty(), "no screenshot where the step took none");
  }

  @Test
  void failedPageMarksTheStepAndShowsItsRecordsPlainWordsFirst() {
    Document doc = page("ブロードバンド接続が切れているとログインできない");
    Element alert = doc.selectFirst("section.alert");
    assertNotNull(alert, "the failure is announced at the top");
    assertEquals("#step-3", alert.selectFirst("a").attr("href"));
    Element failed = doc.selectFirst("#step-3");
    assertTrue(failed.hasClass("st-failed"));
    assertTrue(failed.selectFirst(".badge").text().contains("失敗"));
    Element error = failed.selectFirst(".error");
    String plain = error.selectFirst(".plain").text();
    assertEquals("画面に、探していた項目（ボタンや入力欄など）が見つかりませんでした。", plain);
    assertTrue(error.selectFirst(".detail").text().contains("Unable to locate element"));
    Element details = error.selectFirst("details");
    assertTrue(details.text().contains("RemoteWebDriver.findElement"), "stack trace, collapsed");
    assertTrue(
        error.children().indexOf(error.selectFirst(".plain")) < error.children().indexOf(details));
    Element records = failed.selectFirst(".failure-records");
    assertNotNull(records, "the After hook's records are shown with the failed step");
    assertEquals("http://localhost:8089/login", records.selectFirst(".uri-list a").attr("href"));
    assertTrue(records.selectFirst("pre.near-miss").text().contains("ヘッダー X-Line-Id"));
    assertNotNull(records.selectFirst("figure.screenshot img"));
    assertTrue(doc.selectFirst("#step-4").selectFirst(".badge").text().contains("未実行"));
    Element after = doc.selectFirst("li.step.hook");
    assertNotNull(
        after, "the After hook that failed the scenario for an unanswered request is shown");
    assertTrue(after.hasClass("st-failed"));
    assertEquals(ErrorText.UNANSWERED, after.selectFirst(".error .plain").text());
    assertNull(
        after.selectFirst("pre.near-miss"), "its near miss is among the failed step's records");
    assertEquals(1, doc.select("li.step.hook").size());
  }

  @Test
  void whatAnAfterStepHookRecordsIsShownUnderTheStepBeforeIt() {
    Document doc = page("契約回線からログインできる");
    assertEquals(
        5, doc.select("li.step").size(), "the five steps, no block for the passed AfterStep hooks");
    assertFalse(doc.text().contains("AfterStep"), "no AfterStep block or caption: " + doc.text());
    assertFalse(doc.text().contains("後処理"), doc.text());
    Element shot = doc.selectFirst("#step-2 figure.screenshot");
    assertNotNull(shot, "the AfterStep hook's screenshot under step 2");
    assertEquals("この手順の後の画面", shot.selectFirst("figcaption").ownText().strip());
    assertEquals("手順 2 の後の画面", shot.selectFirst("img").attr("alt"));
    List<Element> step4 = doc.select("#step-4 > *");
    assertTrue(
        step4.indexOf(doc.selectFirst("#step-4 .message-sms").parent())
            < step4.indexOf(doc.selectFirst("#step-4 figure.screenshot").parent()),
        "the step's own SMS, then what the hook recorded after it");
    assertEquals(
        List.of("手順 2 の後の画面", "手順 3 の後の画面", "手順 4 の後の画面"),
        doc.select("li.step img").eachAttr("alt"));

    Document failed = page("ブロードバンド接続が切れているとログインできない");
    assertEquals(4, failed.select("li.step:not(.hook)").size());
    assertEquals(
        List.of("後処理 (After)"),
        failed.select("li.step.hook .step-text").eachText(),
        "no block for the passed or skipped AfterStep hooks, only for the After hook that failed");
    assertNotNull(
        failed.selectFirst("#step-3 > .attachment figure.screenshot"),
        "the screen when step 3 failed");
    assertNotNull(failed.selectFirst("#step-1 table.network"));
  }

  @Test
  void networkTableShowsOnlyConnectionsStatusesAndTheRoute() {
    Document doc = page("ブロードバンド接続が切れているとログインできない");
    Element network = doc.selectFirst("#step-1 table.network");
    assertEquals(
        List.of("ISP回線 使われていません", "ブロードバンド接続 切断", "通信経路 なし（インターネットに出られません）"),
        network.select("tbody tr").eachText(),
        "a status left out is said from connected=false");
    for (Document d : List.of(doc, page("契約回線からログインできる"), page("確認コードの受け取り方を選び直せる"))) {
      for (String key :
          List.of("kind", "connected", "lastError", "hasDialUps", "pppoe", "line", "true")) {
        assertFalse(
            d.select("table.network").text().contains(key),
            key + " shown: " + d.select("table.network"));
      }
    }
  }

  @Test
  void aFailedAfterStepHookIsShownAndMarkedRightAfterItsStep() {
    Document doc = page("確認コードの受け取り方を選び直せる");
    List<Element> items = doc.select("ol.steps > li");
    assertEquals(
        List.of("step-1", "hook", "step-2"),
        items.stream().map(li -> li.hasClass("hook") ? "hook" : li.id()).toList(),
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
        doc.selectFirst("#step-1 table.network"), "what the failed hook recorded is under step 1");
    assertNull(hook.selectFirst("table.network"));
    assertEquals(
        "http://localhost:8089/code/choose",
        hook.selectFirst(".failure-records .uri-list a").attr("href"),
        "the After hook's records go with the hook that failed");
    assertTrue(items.get(0).hasClass("st-passed"), "step 1 itself passed");
    assertTrue(items.get(2).selectFirst(".badge").text().contains("未実行"));
    Element alert = doc.selectFirst("section.alert");
    assertEquals("#" + hook.id(), alert.selectFirst("a").attr("href"));
    assertEquals("手順 1 の後の処理 (AfterStep)", alert.selectFirst("a").text());

    Element row =
        Pages.read(result.index()).select("section.problems tbody tr").stream()
            .filter(tr -> tr.selectFirst("th").text().equals("確認コードの受け取り方を選び直せる"))
            .findFirst()
            .orElseThrow();
    assertTrue(row.text().contains("手順 1 の後の処理 (AfterStep)"), row.text());
  }

  @Test
  void pageHtmlIsStoredEscapedNeverLive() throws Exception {
    Document doc = page("ブロードバンド接続が切れているとログインできない");
    Element link = doc.selectFirst(".failure-records a.file-link");
    assertNotNull(link);
    String view = Files.readString(out.resolve(link.attr("href")), StandardCharsets.UTF_8);
    assertTrue(view.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), view);
    assertFalse(view.contains("<script"));
    assertFalse(doc.html().contains("このサイトにアクセスできません"), "the page HTML is not inlined");
  }

  @Test
  void voiceCodeIsHighlighted() {
    Document doc = page("音声通話で確認コードが伝えられる");
    assertEquals("730518", doc.selectFirst(".message-voice .code strong").text());
    assertTrue(doc.selectFirst(".message-voice").text().contains("音声で伝えられた内容"));
  }

  @Test
  void eachScreenshotIsStoredOnceAsAFileAndNeverInlined() throws Exception {
    List<Path> pngs;
    try (Stream<Path> files = Files.list(out.resolve("files"))) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    assertEquals(2, pngs.size(), "two different screenshots, each attached several times: " + pngs);
    List<byte[]> sources =
        List.of(Fixtures.bytes("screen-login.png"), Fixtures.bytes("screen-code.png"));
    for (byte[] src : sources) {
      assertEquals(
          1,
          pngs.stream()
              .filter(
                  p -> {
                    try {
                      return java.util.Arrays.equals(src, Files.readAllBytes(p));
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .count());
    }
    long references =
        result.pages().values().stream()
            .map(Pages::read)
            .mapToLong(d -> d.select("img[src$=.png]").size())
            .sum();
    assertTrue(
        references >= 6,
        "screenshots shown " + references + " times from " + pngs.size() + " files");
    CompatibilityKitTest.assertSelfContained(out);
    for (Path page : result.pages().values()) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertFalse(html.contains("iVBORw0KGgo"), "no base64 PNG in " + page);
    }
    assertArrayEquals(
        sources.get(0),
        Files.readAllBytes(
            out.resolve(page("契約回線からログインできる").selectFirst("#step-2 img").attr("src"))));
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
    Report.Result first = Report.render(dir.resolve("tejun-sample.ndjson"), again);
    Report.Result second = Report.render(dir.resolve("tejun-sample.ndjson"), again);
    assertEquals(first.pages(), second.pages());
    assertFalse(
        Files.exists(again.resolve("scenario-099.html")), "pages of an earlier run are removed");
    assertEquals(Files.readString(result.index()), Files.readString(second.index()));
  }
}
