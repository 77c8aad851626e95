package tejun.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This project's own fixtures under src/test/resources/tejun/report. */
final class Fixtures {
  private Fixtures() {}

  static Path copy(String name, Path dir) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      Path target = dir.resolve(name);
      Files.write(target, in.readAllBytes());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hand-made run cut off while its first scenario runs step 3 (after the sixth
   * TestStepStarted: Before, step 1, its AfterStep, step 2, its AfterStep, step 3), as when a run
   * is stopped or its messages are read while it still runs.
   */
  static Path unfinishedRun(Path dir) {
    try {
      List<String> cut = new java.util.ArrayList<>();
      int started = 0;
      for (String line : Files.readAllLines(copy("tejun-sample.ndjson", dir))) {
        cut.add(line);
        if (line.startsWith("{\"testStepStarted\"") && ++started == 6) {
          break;
        }
      }
      return Files.write(dir.resolve("unfinished.ndjson"), cut);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hand-made run whose members-club feature cites a manual with a table of contents, in {@code
   * dir/features/membersclub/manual.toc.json}: 「ログイン」 is transcribed, 「退会」 is not, 「存在しない見出し」 is
   * not in it, and one {@code # 想定:} note is in the feature, which also says {@code 所要時間: 約5分}. The
   * manual's quoted words are in {@code manual.quotes.json} beside it ({@link #QUOTES}), its step 4
   * has a doc string and step 5 a data table, and the simulated sites' folder is {@code dir/stubs}
   * (a page with 「ログイン 完了」 and 「お問い合わせ <a>フォーム</a>はこちら」). Returns the ndjson; the features folder
   * is {@code dir/features}.
   */
  static Path runWithTableOfContents(Path dir) {
    try {
      Path site = Files.createDirectories(dir.resolve("features/membersclub"));
      Files.writeString(
          site.resolve("manual.toc.json"),
          """
          {"title": "会員サイト操作マニュアル", "source": "見本のマニュアル", "sections": [
            {"chapter": "第3章 会員サイトの使い方", "heading": "ログイン", "page": 42},
            {"chapter": "第3章 会員サイトの使い方", "heading": "退会", "page": 45}]}
          """);
      Files.writeString(site.resolve("manual.quotes.json"), QUOTES);
      Path pages = Files.createDirectories(dir.resolve("stubs/__files/members-club.flets.com"));
      Files.writeString(
          pages.resolve("done.html"),
          "<h1>ログイン 完了</h1>\n<p>お問い合わせ <a href=\"/form\">フォーム</a>はこちら</p>\n");
      List<String> lines = new java.util.ArrayList<>();
      for (String line : Files.readAllLines(copy("tejun-sample.ndjson", dir))) {
        if (line.startsWith("{\"gherkinDocument\"") && line.contains("line-auth.feature")) {
          line =
              line.replace(
                      "会員サイト操作マニュアル 第3章「ログイン」 p.42",
                      "「会員サイト操作マニュアル」 「ログイン」「存在しない見出し」\\n  所要時間: 約5分（マニュアルの目安）")
                  .replace(
                      "\"comments\": []",
                      "\"comments\": [{\"location\": {\"line\": 1, \"column\": 1},"
                          + " \"text\": \"# 想定: 契約回線の判定は模擬サイトのもの\"}]");
        }
        if (line.startsWith("{\"pickle\"") && line.contains("line-auth.feature")) {
          line =
              line.replace(
                      "\"text\": \"SMSで確認コードが届く\"",
                      "\"text\": \"SMSで確認コードが届く\", \"argument\": {\"docString\":"
                          + " {\"content\": \"確認コード：１２３４５６\\nをご入力ください\"}}")
                  .replace(
                      "\"text\": \"登録メールアドレスに通知メールが届く\"",
                      "\"text\": \"登録メールアドレスに通知メールが届く\", \"argument\": {\"dataTable\":"
                          + " {\"rows\": [{\"cells\": [{\"value\": \"件名\"},"
                          + " {\"value\": \"ログインの お知らせ\"}]}]}}");
        }
        lines.add(line);
      }
      return Files.write(dir.resolve("with-toc.ndjson"), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample manual's quoted words: three in passed steps (a step's text, half-width against the
   * doc string's full width, a table cell with a space), one only in a step that was skipped and on
   * a page, one on a page across a link, one only in another manual's passed step (with a 想定), and
   * two nowhere, one with a 想定 and one without.
   */
  static final String QUOTES =
      """
      {"title": "会員サイト操作マニュアル", "quotes": [
        {"text": "退会する", "heading": "退会", "想定": "退会の画面は模擬サイトにない"},
        {"text": "契約回線認証でログイン", "heading": "ログイン"},
        {"text": "確認コード:123456", "heading": "ログイン"},
        {"text": "ログインのお知らせ", "heading": "ログイン"},
        {"text": "ログイン完了", "heading": "ログイン"},
        {"text": "お問い合わせ フォームはこちら", "heading": "退会"},
        {"text": "退会の手続き", "heading": "退会"},
        {"text": "音声で受け取る", "heading": "ログイン", "想定": "音声の案内は別のマニュアルの手順"}]}
      """;

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
