package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.RealStubs;
import tejun.report.AcceptBaseline;
import tejun.report.BaselineChanges;
import tejun.report.NuChecker;
import tejun.report.Report;
import tejun.report.ReportInputException;

/**
 * The report compares each screen with the accepted run's: the fixture sites' procedures are run
 * and accepted, then run again unchanged (no screen changes), and once more with one word of one
 * page template changed and one step of one procedure replaced (exactly the screens showing the
 * word changed, after a step or before a step acted on them, each in one area; the step listed as
 * gone and its replacement as new).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaselineTest {
  private static final String MANUAL = "見本サイトでお届け先を変更する";
  private static final String REMOVED = "「お届け先の変更」の画面が表示される";
  private static final String ADDED = "画面に「宅配便」と書かれている";

  @TempDir static Path work;
  private Path stubs;
  private Path baseline;
  private Path accepted;

  @BeforeAll
  void runAndAccept() throws IOException {
    stubs = FixtureSite.stubsIn(work.resolve("stubs"));
    baseline = work.resolve("baseline");
    accepted = run("accepted", stubs, FixtureSite.FEATURES);
    assertThat(AcceptBaseline.run(new String[] {accepted.toString(), baseline.toString()}))
        .isZero();
  }

  @Test
  void aRunComparedWithItselfAndWithASecondRunOfTheSameCommitHasNoChange()
      throws IOException, ReportInputException {
    BaselineChanges self = compare(accepted);
    assertNothingChanged(self);
    BaselineChanges second = compare(run("second", stubs, FixtureSite.FEATURES));
    assertNothingChanged(second);
  }

  @Test
  void oneChangedWordFlagsExactlyTheScreensShowingItAndAReplacedStepIsListed() throws Exception {
    Path changedStubs = FixtureSite.stubsIn(work.resolve("changed-stubs"));
    replace(
        changedStubs.resolve("__files/fixture.tejun.test/member.html"),
        "<h1>会員ページ</h1>",
        "<h1>会員さまのページ</h1>");
    Path features = work.resolve("changed-features");
    RealStubs.copy(FixtureSite.FEATURES, features);
    replace(
        features.resolve("fixture/change-delivery-address.feature"),
        "    ならば " + REMOVED + "\n",
        "    ならば " + ADDED + "\n");

    BaselineChanges changes = compare(run("changed", changedStubs, features));

    String delivery = MANUAL + "：ログインして、お届け先を変更する";
    String verify = "見本サイトで本人確認をする：";
    assertThat(changes.changedScreens())
        .filteredOn(c -> c.which().equals("この手順の後の画面"))
        .extracting(c -> c.procedure() + " / " + c.step())
        .containsExactlyInAnyOrder(
            delivery + " / 会員番号「mihon01」とパスワード「Fixture-Pass1」でログインする",
            delivery + " / 見本サイトの会員ページに「見本 一郎」様と表示される",
            verify + "メールで届いた確認コードを入力して、本人確認を済ませる" + " / 会員番号「mihon01」とパスワード「Fixture-Pass1」でログインする",
            verify + "SMSで届いた確認コードを入力して、本人確認を済ませる" + " / 会員番号「mihon01」とパスワード「Fixture-Pass1」でログインする",
            verify
                + "固定電話にはSMSが届かないので、音声電話で確認コードを聞いて入力する"
                + " / 会員番号「mihon02」とパスワード「Fixture-Pass2」でログインする");
    assertThat(changes.changedScreens())
        .as("the screens before a step acted on the page")
        .filteredOn(c -> c.which().equals("操作する前の画面"))
        .extracting(c -> c.procedure() + " / " + c.step())
        .containsExactlyInAnyOrder(
            delivery + " / 「お届け先の変更」をクリックする",
            verify + "メールで届いた確認コードを入力して、本人確認を済ませる / 「本人確認」をクリックする",
            verify + "SMSで届いた確認コードを入力して、本人確認を済ませる / 「本人確認」をクリックする",
            verify + "固定電話にはSMSが届かないので、音声電話で確認コードを聞いて入力する / 「本人確認」をクリックする");
    assertThat(changes.changedScreens())
        .as("each diff frames the changed heading and nothing else")
        .allSatisfy(c -> assertThat(c.areas()).isEqualTo(1));
    assertThat(changes.changedSteps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.procedure()).isEqualTo(delivery);
              assertThat(s.added()).containsExactly(ADDED);
              assertThat(s.removed()).containsExactly(REMOVED);
            });
    assertThat(changes.newProcedures()).isEmpty();
    assertThat(changes.goneProcedures()).isEmpty();
    Path report = work.resolve("report-changed.ndjson");
    try (var pages = Files.list(report)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(NuChecker.problems(page)).as(page.toString()).isEmpty();
      }
    }
  }

  private void assertNothingChanged(BaselineChanges changes) {
    assertThat(changes.changedScreens()).isEmpty();
    assertThat(changes.changedSteps()).isEmpty();
    assertThat(changes.newProcedures()).isEmpty();
    assertThat(changes.goneProcedures()).isEmpty();
  }

  private Path run(String name, Path stubs, Path features) {
    Path messages = work.resolve(name + ".ndjson");
    EngineExecutionResults results =
        FeatureRun.run(
            FixtureSite.GLUE, stubs, Optional.of(messages), selectDirectory(features.toFile()));
    assertThat(results.testEvents().failed().list()).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(9);
    return messages;
  }

  private BaselineChanges compare(Path messages) throws IOException, ReportInputException {
    Path report = work.resolve("report-" + messages.getFileName());
    BaselineChanges changes =
        Report.render(messages, report, stubs, Optional.of(baseline)).baseline();
    List<String> index = Files.readAllLines(report.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(String.join("\n", index)).contains("前回の基準との比較");
    return changes;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
