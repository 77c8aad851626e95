package tejun.report;

import io.cucumber.messages.Convertor;
import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Hook;
import io.cucumber.messages.types.HookType;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Snippet;
import io.cucumber.messages.types.TestStepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.records.ComparedRecord;

/** One test step as run: a numbered step of the procedure, or a hook. */
final class StepRun {
  final PickleStep pickleStep;
  final Hook hook;

  /** 1-based number among the procedure's steps; 0 for hooks. */
  final int number;

  final String keyword;
  final String label;
  final TestStepResult result;
  final Status status;
  final List<Attachment> attachments = new ArrayList<>();

  /**
   * Records taken by an After hook when this step failed (URL, page HTML, near miss, screenshot).
   */
  final List<Attachment> failureRecords = new ArrayList<>();

  /** What AfterStep hooks recorded right after this step (the screen, the network state). */
  final List<Attachment> afterStepAttachments = new ArrayList<>();

  final List<Snippet> snippets = new ArrayList<>();

  /** For an AfterStep hook: the step it ran after, which shows what the hook recorded. */
  StepRun afterStepOf;

  /** For a hook: its test step's id, for a link to it. */
  String hookId = "";

  /** A hook with no result after the place where an unfinished scenario's record ends. */
  boolean unrecordedAfterCut;

  StepRun(
      PickleStep pickleStep,
      Hook hook,
      int number,
      String keyword,
      String label,
      TestStepResult result) {
    this.pickleStep = pickleStep;
    this.hook = hook;
    this.number = number;
    this.keyword = keyword;
    this.label = label;
    this.result = result;
    this.status = result == null ? Status.UNKNOWN : Status.of(result.getStatus());
  }

  boolean isHook() {
    return pickleStep == null;
  }

  /** An After hook, or a hook of unknown kind (which runs after the steps). */
  boolean isAfterHook() {
    return isHook()
        && (hook == null || hook.getType().map(t -> t == HookType.AFTER_TEST_CASE).orElse(true));
  }

  private boolean isBeforeHook() {
    return hook != null
        && hook.getType()
            .map(t -> t == HookType.BEFORE_TEST_CASE || t == HookType.BEFORE_TEST_STEP)
            .orElse(false);
  }

  Duration duration() {
    return result == null ? Duration.ZERO : Convertor.toDuration(result.getDuration());
  }

  /**
   * The step's problem in plain words; a failed hook says which side of the procedure it was on.
   */
  Optional<ErrorText> error() {
    Optional<ErrorText> e = ErrorText.of(result, status);
    if (!isHook() || status != Status.FAILED) {
      return e;
    }
    if (afterStepOf != null) {
      return e.map(t -> t.withPlain("手順 " + afterStepOf.number + " の後の処理（画面や通信状態の記録など）で問題が起きました。"));
    }
    if (e.map(ErrorText::isUnanswered).orElse(false)) {
      return e;
    }
    return e.map(
        t ->
            t.withPlain(
                isBeforeHook()
                    ? "手順の前の準備（前処理）で問題が起きたため、手順を進められませんでした。"
                    : "手順のあとの片付け（後処理）で問題が起きました。"));
  }

  /** What the step compared with the screen, as the hook after it recorded. */
  Optional<Attachment> comparedRecord() {
    return afterStepAttachments.stream()
        .filter(a -> ScenarioRecords.COMPARED_TYPE.equals(Attachments.mediaType(a)))
        .reduce((first, last) -> last);
  }

  /**
   * The words this step checked: those its comparisons found on a screen (a title it waited for, a
   * label it pressed, words it read), once each, in order; none unless it passed.
   */
  List<String> checkedWords() {
    if (status != Status.PASSED) {
      return List.of();
    }
    return comparedRecord()
        .flatMap(a -> Attachments.record(a, ComparedRecord.class))
        .map(
            c ->
                c.words().stream()
                    .filter(ComparedRecord.Word::foundOnScreen)
                    .map(ComparedRecord.Word::words)
                    .distinct()
                    .toList())
        .orElse(List.of());
  }

  String anchor() {
    return isHook() ? "hook-" + hookId.replaceAll("[^A-Za-z0-9_-]", "_") : "step-" + number;
  }

  /**
   * Hooks that passed and left nothing to read are not shown to support staff. An AfterStep hook's
   * records are shown with its step, so the hook itself is shown only when it had a problem.
   */
  boolean isShown() {
    if (!isHook()) {
      return true;
    }
    if (unrecordedAfterCut) {
      return false;
    }
    boolean records =
        attachments.stream().anyMatch(Attachments::isShownInSteps) || !failureRecords.isEmpty();
    if (afterStepOf != null) {
      return status.isProblem() || records;
    }
    return status != Status.PASSED || records;
  }

  /** This step's own attachments, then those of the AfterStep hooks that ran after it. */
  List<Attachment> shownAttachments() {
    List<Attachment> all = new ArrayList<>(attachments);
    all.addAll(afterStepAttachments);
    return all;
  }
}
