package tejun.report;

import io.cucumber.messages.Convertor;
import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.PickleTableCell;
import io.cucumber.messages.types.Snippet;
import io.cucumber.messages.types.TableCell;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.Templates;

/**
 * One scenario's page ({@code report/scenario.hbs}): reads like the manual, one step after another,
 * each with the screen before it acted (what it pressed framed in red) and after it.
 */
final class ScenarioPage {
  static final String UNFINISHED =
      "実行の記録が途中で終わっています。テストの実行が途中で止まったか、" + "実行中にこの報告書を作ったため、結果は確定していません。";
  private final AttachmentView attachments;
  private final Coverage coverage;
  private final BaselineChanges changes;
  private final SiteNames siteNames;

  ScenarioPage(
      AttachmentView attachments, Coverage coverage, BaselineChanges changes, SiteNames siteNames) {
    this.siteNames = siteNames;
    this.attachments = attachments;
    this.coverage = coverage;
    this.changes = changes;
  }

  record Fact(String label, String value, String datetime) {}

  record Reference(String text, String coverageHref) {}

  record Problem(
      String heading,
      boolean unfinished,
      String where,
      String whereHref,
      String whereWord,
      ErrorText error) {}

  record Step(
      String cssClass,
      String anchor,
      boolean hook,
      String number,
      String keyword,
      String label,
      Status status,
      String duration,
      String docString,
      List<List<String>> table,
      ErrorText error,
      Status errorStatus,
      List<String> snippets,
      List<AttachmentView.Shown> shown,
      List<AttachmentView.Shown> failureRecords,
      List<BaselineChanges.ScreenChange> changes,
      List<String> checked) {}

  String render(ScenarioRun run) {
    FeatureInfo f = run.feature;
    String example = run.exampleSummary().isEmpty() ? "" : "［例: " + run.exampleSummary() + "］";
    String scenarioText = run.scenario == null ? "" : run.scenario.getDescription().strip();
    List<String> paragraphs = new ArrayList<>(f.paragraphs());
    if (!scenarioText.isEmpty()) {
      paragraphs.add(scenarioText.replaceAll("(?m)^[ \\t]+", ""));
    }
    return Templates.render(
        "report/scenario",
        new Model(
            run.title() + example + "（" + run.status.word + "）- " + f.title(),
            Report.CSS,
            run,
            f,
            siteNames.of(f.site()),
            run.exampleSummary(),
            run.pdfName(),
            Formats.seconds(run.duration) + (run.unfinished ? "（記録されている分）" : ""),
            facts(run),
            references(f),
            problem(run),
            paragraphs.stream().map(p -> List.of(p.split("\\R"))).toList(),
            run.exampleRow == null
                ? null
                : run.exampleRow.getCells().stream().map(TableCell::getValue).toList(),
            run.exampleHeader == null
                ? null
                : run.exampleHeader.getCells().stream().map(TableCell::getValue).toList(),
            steps(run),
            run.caseAttachments.stream().map(a -> attachments.show(a, "手順全体")).toList(),
            BaselineView.forScenario(changes, run)));
  }

  /** What {@code report/scenario.hbs} reads. */
  record Model(
      String title,
      String stylesheet,
      ScenarioRun run,
      FeatureInfo feature,
      String siteName,
      String example,
      String pdf,
      String duration,
      List<Fact> facts,
      List<Reference> references,
      Problem problem,
      List<List<String>> paragraphs,
      List<String> exampleRow,
      List<String> exampleHeader,
      List<Step> steps,
      List<AttachmentView.Shown> caseAttachments,
      BaselineView.ForScenario baseline) {
    public boolean footer() {
      return true;
    }

    /** The manual's references, or the time it says the procedure takes. */
    public boolean referenceSection() {
      return !references.isEmpty() || feature.statedDuration() != null;
    }

    public boolean description() {
      return !paragraphs.isEmpty() || exampleRow != null;
    }
  }

  private List<Reference> references(FeatureInfo f) {
    List<Optional<String>> pages = coverage.pagesFor(f);
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < f.references().size(); i++) {
      references.add(
          new Reference(
              f.references().get(i), i < pages.size() ? pages.get(i).orElse(null) : null));
    }
    return references;
  }

  private List<Fact> facts(ScenarioRun run) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("マニュアル", run.feature.title(), null));
    facts.add(new Fact("サイト", siteNames.of(run.feature.site()), null));
    Instant started = Convertor.toInstant(run.started.getTimestamp());
    facts.add(new Fact("実行日時", Formats.dateTime(started), Formats.isoDateTime(started)));
    run.browser.ifPresent(b -> facts.add(new Fact("ブラウザ", b.describe(), null)));
    if (run.attempt() > 0 || run.willBeRetried) {
      facts.add(
          new Fact(
              "試行",
              (run.attempt() + 1) + "回目" + (run.willBeRetried ? "（このあと再試行されました）" : ""),
              null));
    }
    if (!run.tags().isEmpty()) {
      facts.add(new Fact("タグ", String.join("　", run.tags()), null));
    }
    return facts;
  }

  private static Problem problem(ScenarioRun run) {
    Optional<StepRun> bad = run.problemStep();
    if (bad.isEmpty() && !run.unfinished) {
      return null;
    }
    String heading =
        run.unfinished && run.status == Status.UNKNOWN
            ? "この手順は最後まで記録されていません"
            : "この手順は「" + run.status.word + "」でした";
    if (bad.isEmpty()) {
      return new Problem(heading, run.unfinished, null, null, null, null);
    }
    StepRun s = bad.get();
    return new Problem(
        heading,
        run.unfinished,
        s.isHook() ? s.label : "手順 " + s.number + "：" + s.keyword + " " + s.label,
        "#" + s.anchor(),
        s.result == null ? "記録が途切れた場所: " : "止まった場所: ",
        s.error().orElse(null));
  }

  /**
   * The shown steps; where the next step shows the screen before its action, this step's screen
   * after it is the same screen, and the PDF leaves it out ({@code .same-as-next}).
   */
  private List<Step> steps(ScenarioRun run) {
    List<StepRun> shown = run.steps.stream().filter(StepRun::isShown).toList();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      boolean nextActs =
          i + 1 < shown.size()
              && shown.get(i + 1).afterStepAttachments.stream()
                  .anyMatch(a -> ScenarioRecords.BEFORE_ACTION_NAME.equals(Attachments.name(a)));
      steps.add(
          step(
              shown.get(i),
              nextActs,
              changes.of(run).screens().getOrDefault(shown.get(i), List.of())));
    }
    return steps;
  }

  private Step step(
      StepRun s, boolean nextShowsThisScreen, List<BaselineChanges.ScreenChange> screenChanges) {
    List<List<String>> table = null;
    String docString = null;
    if (s.pickleStep != null && s.pickleStep.getArgument().isPresent()) {
      var arg = s.pickleStep.getArgument().get();
      docString = arg.getDocString().map(d -> d.getContent()).orElse(null);
      table =
          arg.getDataTable()
              .map(
                  t ->
                      t.getRows().stream()
                          .map(r -> r.getCells().stream().map(PickleTableCell::getValue).toList())
                          .toList())
              .orElse(null);
    }
    List<AttachmentView.Shown> shown = new ArrayList<>();
    String stepName = "手順 " + s.number;
    for (Attachment a : s.attachments) {
      if (Attachments.isShownInSteps(a)) {
        shown.add(
            s.isHook()
                ? attachments.show(a, s.label)
                : attachments.show(a, "この手順の画面", stepName + " の画面"));
      }
    }
    List<Attachment> after = new ArrayList<>(s.afterStepAttachments);
    // The screen before the action comes first, then the screen after it.
    after.sort(
        Comparator.comparing(a -> !ScenarioRecords.BEFORE_ACTION_NAME.equals(Attachments.name(a))));
    for (Attachment a : after) {
      if (!Attachments.isShownInSteps(a)) {
        continue;
      }
      if (ScenarioRecords.BEFORE_ACTION_NAME.equals(Attachments.name(a))) {
        String words = (s.keyword.isEmpty() ? "" : s.keyword + " ") + s.label;
        shown.add(
            attachments.show(
                a,
                "操作する前の画面（赤枠: " + words + "）",
                stepName + " の操作する前の画面。赤枠は「" + s.label + "」で操作する箇所",
                after.stream()
                    .filter(f -> ScenarioRecords.FRAMES_TYPE.equals(Attachments.mediaType(f)))
                    .findFirst()));
      } else {
        Optional<Attachment> compared = s.comparedRecord().filter(Frames::anyCompared);
        AttachmentView.Shown screen =
            compared.isPresent() && ScenarioRecords.SCREENSHOT_NAME.equals(Attachments.name(a))
                ? attachments.show(
                    a, "この手順の後の画面（青い点線枠: 確認した文言）", stepName + " の後の画面。青い点線枠は、この手順が確認した文言", compared)
                : attachments.show(a, "この手順の後の画面", stepName + " の後の画面");
        boolean screenshot = ScenarioRecords.SCREENSHOT_NAME.equals(Attachments.name(a));
        shown.add(nextShowsThisScreen && screenshot ? screen.withClass("same-as-next") : screen);
      }
    }
    List<Attachment> records = new ArrayList<>(s.failureRecords);
    records.sort(Comparator.comparingInt(ScenarioPage::recordOrder));
    return new Step(
        "step st-" + s.status.css + (s.isHook() ? " hook" : ""),
        s.anchor(),
        s.isHook(),
        stepName,
        s.keyword,
        s.label,
        s.status,
        s.result != null && s.status != Status.SKIPPED ? "　" + Formats.seconds(s.duration()) : "",
        docString,
        table,
        s.error().orElse(null),
        s.status,
        s.snippets.stream().map(Snippet::getCode).toList(),
        shown,
        records.stream().map(a -> attachments.show(a, "失敗したとき")).toList(),
        screenChanges,
        s.checkedWords());
  }

  /**
   * Failure records in the order a reader needs them: the screen, where it was, why, the page
   * source.
   */
  private static int recordOrder(Attachment a) {
    String type = Attachments.mediaType(a);
    if (Attachments.isImage(type)) {
      return 0;
    }
    if (type.equals(ScenarioRecords.URL_TYPE)) {
      return 1;
    }
    return type.equals("text/html") ? 3 : 2;
  }
}
