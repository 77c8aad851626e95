package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cucumber.messages.types.Envelope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 文の辞書 from a dry run over every feature with the project's glue: every sentence is used by some
 * feature step, {@code docs/sentences.md} is what the generator writes now, and the report's page
 * lists every sentence.
 */
class SentenceDictionaryTest {
  @TempDir static Path dir;
  static List<Envelope> envelopes;
  static SentenceDictionary dictionary;

  @BeforeAll
  static void dryRun() throws Exception {
    DryRun.Result run = DryRun.messages(dir.resolve("dry-run.ndjson"));
    System.out.printf("dry run over %s: %d ms%n", DryRun.FEATURES, run.took().toMillis());
    envelopes = MessageReader.read(run.messages());
    dictionary = SentenceDictionary.of(envelopes);
  }

  @Test
  void everySentenceIsUsedByAFeatureStep() {
    List<SentenceDictionary.Sentence> unused = dictionary.unused();
    assertTrue(
        unused.isEmpty(),
        () ->
            "No feature step uses "
                + unused.size()
                + " sentence(s); use each in a feature or delete its step definition:\n"
                + unused.stream()
                    .map(s -> "  「" + s.expression() + "」 (" + s.definedIn() + ")")
                    .collect(Collectors.joining("\n")));
  }

  @Test
  void docsSentencesMdIsCurrent() throws Exception {
    String expected = SentencesMarkdown.of(dictionary, DryRun.FEATURES);
    String actual =
        Files.exists(SentencesMain.DOC)
            ? Files.readString(SentencesMain.DOC, StandardCharsets.UTF_8)
            : "";
    if (!expected.equals(actual)) {
      fail(
          SentencesMain.DOC
              + " is stale (the step definitions or features changed); regenerate it with `"
              + SentencesMarkdown.COMMAND
              + "` and commit it. First difference: "
              + firstDifference(expected, actual));
    }
  }

  /**
   * Cucumber's dry run skips BeforeAll (where WarmStart starts the browsers and networks), and
   * reports each step passed without calling it or its hooks: none leaves a record.
   */
  @Test
  void theDryRunRanNoGlueCode() {
    assertTrue(
        envelopes.stream().noneMatch(e -> e.getTestRunHookStarted().isPresent()),
        "a BeforeAll or AfterAll hook ran in the dry run");
    assertTrue(
        envelopes.stream().noneMatch(e -> e.getAttachment().isPresent()),
        "a hook attached a record in the dry run");
  }

  @Test
  void theReportPageListsEverySentence() throws Exception {
    Path ndjson = dir.resolve("dry-run.ndjson");
    Report.render(ndjson, dir.resolve("report"), java.util.Optional.of(Path.of("features")));
    var page = Pages.read(dir.resolve("report").resolve(DictionaryPage.FILE));
    List<String> shown =
        page.select("section.sentences tbody th[scope=row] code").stream()
            .map(c -> c.text())
            .toList();
    List<String> expressions =
        dictionary.sentences().stream().map(SentenceDictionary.Sentence::expression).toList();
    assertEquals(expressions, shown);
    assertEquals(
        1,
        Pages.read(dir.resolve("report").resolve("index.html"))
            .select("a[href=" + DictionaryPage.FILE + "]")
            .size());
  }

  private static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String want = i < e.size() ? e.get(i) : "(end of file)";
      String have = i < a.size() ? a.get(i) : "(end of file)";
      if (!want.equals(have)) {
        return "line " + (i + 1) + "\n  now:     " + want + "\n  in file: " + have;
      }
    }
    return "line endings";
  }
}
