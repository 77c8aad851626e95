package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own quoted words ({@code features/<site>/*.quotes.json}) fit its features: each
 * file is valid, its title a table of contents' title and every heading in that table; no word
 * twice; every word without a 想定 is said by some step (text, data table or doc string) of the
 * features that cite the manual, or at least shown by some file under {@code stubs/}; and a word
 * with a 想定 that a screen shows has a stale 想定. Compared as the report compares ({@link
 * ManualQuotes#comparable}).
 */
class ManualQuotesTest {
  @Test
  void everyQuotedWordIsValidAndStepsOrScreensHaveIt() throws Exception {
    assertEquals(List.of(), problems(Path.of("features"), Path.of("stubs")));
  }

  @Test
  void findsAMissingWordAStaleAssumptionAndADuplicate(@TempDir Path dir) throws Exception {
    Path site = Files.createDirectories(dir.resolve("features/example.test"));
    Files.writeString(
        site.resolve("manual.toc.json"),
        """
        {"title": "見本マニュアル", "sections": [{"chapter": "第1章", "heading": "ログイン", "page": 1}]}
        """);
    Files.writeString(
        site.resolve("login.feature"),
        """
        # language: ja
        機能: ログイン
          出典: 「見本マニュアル」 「ログイン」

          シナリオアウトライン: ログインする
            もし 「<ボタン>」ボタンを押す
            ならば 次の画面が表示される:
              | 見出し | ようこそ　マイページへ |
            かつ メールの本文は次のとおり:
              \"\"\"
              ご利用ありがとうございます
              \"\"\"

            例:
              | ボタン |
              | ログイン |
        """);
    Files.writeString(
        site.resolve("manual.quotes.json"),
        """
        {"title": "見本マニュアル", "quotes": [
          {"text": "ログイン", "heading": "ログイン"},
          {"text": "ようこそ マイページへ", "heading": "ログイン"},
          {"text": "ご利用ありがとうございます", "heading": "ログイン", "想定": "古い想定"},
          {"text": "パスワードを忘れた方", "heading": "ログイン"},
          {"text": "画面の注記", "heading": "ログイン"},
          {"text": "ログイン", "heading": "第1章"}]}
        """);
    Path pages = Files.createDirectories(dir.resolve("stubs/__files/example.test"));
    Files.writeString(pages.resolve("login.html"), "<p>画面の<b>注記</b></p><p>ご利用ありがとうございます</p>");
    Path file = site.resolve("manual.quotes.json");
    assertEquals(
        List.of(
            file + ": 「ご利用ありがとうございます」 has a 想定 but a screen shows it: remove the stale 想定",
            file
                + ": 「パスワードを忘れた方」 is in no step and on no screen (stubs/): assert it, or give it a"
                + " 想定",
            file + ": 「ログイン」 is listed twice"),
        problems(dir.resolve("features"), dir.resolve("stubs")));
  }

  /** What is wrong with the quoted words under {@code features}, one line each. */
  private static List<String> problems(Path features, Path stubs) throws Exception {
    List<ManualToc> tocs = ManualToc.under(features);
    List<ManualQuotes> all;
    try {
      all = ManualQuotes.under(features, tocs);
    } catch (ReportInputException e) {
      return List.of(e.getMessage());
    }
    List<Parsed> parsed = parse(features);
    StubScreens screens = new StubScreens(stubs);
    List<String> problems = new ArrayList<>();
    for (ManualQuotes quotes : all) {
      List<PickleStep> steps = stepsCiting(quotes.title(), parsed, problems);
      Set<String> seen = new HashSet<>();
      for (ManualQuotes.Quote q : quotes.quotes()) {
        String words = ManualQuotes.comparable(q.text());
        String quote = quotes.file() + ": 「" + q.text() + "」";
        boolean inStep = steps.stream().anyMatch(s -> QuotedWords.contains(s, words));
        if (!seen.add(words)) {
          problems.add(quote + " is listed twice");
        } else if (q.assumption() != null && screens.show(words)) {
          problems.add(quote + " has a 想定 but a screen shows it: remove the stale 想定");
        } else if (q.assumption() == null && !inStep && !screens.show(words)) {
          problems.add(
              quote + " is in no step and on no screen (stubs/): assert it, or give it a 想定");
        }
      }
    }
    return problems;
  }

  private record Parsed(Path file, FeatureInfo info, List<Pickle> pickles) {}

  /** The steps of the features whose 出典 lines cite the manual with this title. */
  private static List<PickleStep> stepsCiting(
      String title, List<Parsed> parsed, List<String> problems) {
    List<PickleStep> steps = new ArrayList<>();
    for (Parsed p : parsed) {
      boolean cites =
          Citation.of(p.info().references()).stream()
              .anyMatch(
                  c ->
                      c.manual()
                          .map(Citation::normal)
                          .filter(Citation.normal(title)::equals)
                          .isPresent());
      if (cites) {
        p.pickles().forEach(pickle -> steps.addAll(pickle.getSteps()));
      }
    }
    return steps;
  }

  private static List<Parsed> parse(Path features) throws IOException {
    GherkinParser parser = GherkinParser.builder().includeSource(false).build();
    List<Parsed> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(features)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
        Optional<GherkinDocument> document = Optional.empty();
        List<Pickle> pickles = new ArrayList<>();
        for (Envelope e : parser.parse(file).toList()) {
          if (e.getGherkinDocument().isPresent()) {
            document = e.getGherkinDocument();
          }
          e.getPickle().ifPresent(pickles::add);
        }
        parsed.add(new Parsed(file, FeatureInfo.of(file.toString(), document), pickles));
      }
    }
    return parsed;
  }
}
