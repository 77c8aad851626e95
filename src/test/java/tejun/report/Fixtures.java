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
   * dir/features/members-club.flets.com/manual.toc.json}: 「ログイン」 is transcribed, 「退会」 is not,
   * 「存在しない見出し」 is not in it, and one {@code # 想定:} note is in the feature. Returns the ndjson; the
   * features folder is {@code dir/features}.
   */
  static Path runWithTableOfContents(Path dir) {
    try {
      Path site = Files.createDirectories(dir.resolve("features/members-club.flets.com"));
      Files.writeString(
          site.resolve("manual.toc.json"),
          """
          {"title": "会員サイト操作マニュアル", "source": "見本のマニュアル", "sections": [
            {"chapter": "第3章 会員サイトの使い方", "heading": "ログイン", "page": 42},
            {"chapter": "第3章 会員サイトの使い方", "heading": "退会", "page": 45}]}
          """);
      List<String> lines = new java.util.ArrayList<>();
      for (String line : Files.readAllLines(copy("tejun-sample.ndjson", dir))) {
        if (line.startsWith("{\"gherkinDocument\"") && line.contains("line-auth.feature")) {
          line =
              line.replace("会員サイト操作マニュアル 第3章「ログイン」 p.42", "「会員サイト操作マニュアル」 「ログイン」「存在しない見出し」")
                  .replace(
                      "\"comments\": []",
                      "\"comments\": [{\"location\": {\"line\": 1, \"column\": 1},"
                          + " \"text\": \"# 想定: 契約回線の判定は模擬サイトのもの\"}]");
        }
        lines.add(line);
      }
      return Files.write(dir.resolve("with-toc.ndjson"), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
