package tejun.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;
import tejun.Glue;
import tejun.mutation.Mutants.Result;
import tejun.mutation.Mutants.Status;

/**
 * The mutation tool on 見本サイト's 「お届け先を変更する」 feature, with two words of a manual made up for the
 * test: 「会員番号またはパスワードが違います。」, which the wrong-password scenario checks on the login screen, changed
 * is Killed by that scenario; 「会員番号とパスワードでログインしてください。」 on the help page, which the help scenario
 * opens but no step reads (left unchecked on purpose: the fixture's planted survivor), changed
 * Survives, reported with the scenario that reached it.
 */
class MutantsTest {
  private static final String CHECKED = "会員番号またはパスワードが違います。";
  private static final String UNCHECKED = "会員番号とパスワードでログインしてください。";

  @Test
  void aCheckedWordChangedIsKilledAndAnUncheckedOneSurvives(@TempDir Path dir) throws Exception {
    Path stubs = FixtureStubs.copyTo(dir.resolve("stubs"));
    Path site = Files.createDirectories(dir.resolve("features/fixture"));
    Files.copy(
        FixtureStubs.DIR.resolve("features/fixture/change-delivery-address.feature"),
        site.resolve("change-delivery-address.feature"));
    Files.writeString(
        site.resolve("manual.quotes.json"),
        "{\"title\": \"見本サイトの手順\", \"quotes\": [{\"text\": \""
            + CHECKED
            + "\"}, {\"text\": \""
            + UNCHECKED
            + "\"}]}",
        StandardCharsets.UTF_8);
    Mutants.Settings settings =
        new Mutants.Settings(
            dir.resolve("features"),
            "",
            stubs,
            Glue.sharedAnd("fixture"),
            dir.resolve("out"),
            dir.resolve("report"),
            2,
            0,
            EnumSet.of(Operator.WordChanged));

    Mutants.Outcome outcome = Mutants.run(settings);
    MutantsMain.write(outcome, settings);

    assertThat(outcome.baseline()).hasSize(3).allMatch(Scenarios.Scenario::passed);
    List<Result> results = outcome.results();
    assertThat(results).hasSize(2);
    Result killed = only(results, CHECKED);
    assertThat(killed.mutant().file()).isEqualTo("__files/fixture.tejun.test/login.html");
    assertThat(killed.status()).isEqualTo(Status.Killed);
    assertThat(killed.killedBy())
        .containsExactly(
            Scenarios.display(site.resolve("change-delivery-address.feature")) + ":21");
    Result survived = only(results, UNCHECKED);
    assertThat(survived.mutant().file()).isEqualTo("__files/fixture.tejun.test/help.html");
    assertThat(survived.status()).isEqualTo(Status.Survived);
    assertThat(survived.line()).isEqualTo(3);
    assertThat(survived.coveredBy())
        .extracting(Scenarios.Scenario::name)
        .containsExactly("新しいタブで開いたページを閉じると、元のタブに戻る");

    String json = Files.readString(dir.resolve("out/mutants.json"));
    assertThat(json)
        .contains(
            "\"schemaVersion\" : \"1\"", "\"status\" : \"Killed\"", "\"status\" : \"Survived\"");
    String page = Files.readString(dir.resolve("report/mutants-fixture.html"));
    assertThat(page)
        .contains(
            "変異テスト",
            Scenarios.display(stubs) + "/__files/fixture.tejun.test/help.html:3",
            "新しいタブで開いたページを閉じると");
  }

  private static Result only(List<Result> results, String word) {
    return results.stream()
        .filter(r -> r.mutant().original().equals(word))
        .findFirst()
        .orElseThrow();
  }
}
