package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Hook;
import io.cucumber.messages.types.HookType;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Suggestion;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestCaseFinished;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestRunHookFinished;
import io.cucumber.messages.types.TestRunHookStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the pages show, built from a {@link RunIndex}. */
final class RunModel {
  final RunIndex index;
  final List<ScenarioRun> scenarios = new ArrayList<>();
  final Map<String, FeatureInfo> features = new LinkedHashMap<>();

  /** Pickles that never started (e.g. a BeforeAll hook failed). */
  final List<Pickle> notStarted = new ArrayList<>();

  final List<RunHookRun> runHooks = new ArrayList<>();
  Optional<BrowserInfo> browser = Optional.empty();

  /** A BeforeAll / AfterAll hook as run. */
  record RunHookRun(
      TestRunHookStarted started, Hook hook, TestStepResult result, List<Attachment> attachments) {
    Status status() {
      return result == null ? Status.UNKNOWN : Status.of(result.getStatus());
    }

    String label() {
      boolean after =
          hook != null && hook.getType().map(t -> t == HookType.AFTER_TEST_RUN).orElse(false);
      String name = hook == null ? "" : hook.getName().orElse("");
      return (after ? "全体の後処理 (AfterAll)" : "全体の前処理 (BeforeAll)")
          + (name.isEmpty() ? "" : "「" + name + "」");
    }
  }

  static RunModel of(RunIndex index) {
    RunModel m = new RunModel(index);
    m.build();
    return m;
  }

  private RunModel(RunIndex index) {
    this.index = index;
  }

  FeatureInfo feature(String uri) {
    return features.computeIfAbsent(
        uri, u -> FeatureInfo.of(u, Optional.ofNullable(index.documents.get(u))));
  }

  private void build() {
    index.documents.keySet().forEach(this::feature);
    for (Attachment a : index.allAttachments) {
      if (browser.isEmpty()) {
        browser = BrowserInfo.of(a);
      }
    }
    Set<String> startedPickles = new HashSet<>();
    for (TestCaseStarted started : index.started) {
      TestCase testCase = index.testCases.get(started.getTestCaseId());
      Pickle pickle = testCase == null ? null : index.pickles.get(testCase.getPickleId());
      if (pickle == null) {
        continue;
      }
      startedPickles.add(pickle.getId());
      scenarios.add(scenario(scenarios.size() + 1, started, testCase, pickle));
    }
    for (Pickle p : index.pickles.values()) {
      if (!startedPickles.contains(p.getId())) {
        notStarted.add(p);
        feature(p.getUri());
      }
    }
    for (TestRunHookStarted h : index.runHooks) {
      TestRunHookFinished f = index.runHookResults.get(h.getId());
      runHooks.add(
          new RunHookRun(
              h,
              index.hooks.get(h.getHookId()),
              f == null ? null : f.getResult(),
              index.runHookAttachments.getOrDefault(h.getId(), List.of())));
    }
  }

  private ScenarioRun scenario(int n, TestCaseStarted started, TestCase testCase, Pickle pickle) {
    List<String> ast = pickle.getAstNodeIds();
    Scenario scenario = ast.isEmpty() ? null : index.astScenarios.get(ast.get(0));
    String rowId = ast.size() > 1 ? ast.get(ast.size() - 1) : null;
    ScenarioRun run =
        new ScenarioRun(
            n,
            started,
            pickle,
            feature(pickle.getUri()),
            scenario,
            rowId == null ? null : index.exampleHeaders.get(rowId),
            rowId == null ? null : index.exampleRows.get(rowId));
    Map<String, PickleStep> pickleSteps = new HashMap<>();
    pickle.getSteps().forEach(s -> pickleSteps.put(s.getId(), s));
    int number = 0;
    boolean seenStep = false;
    StepRun lastStep = null;
    for (TestStep ts : testCase.getTestSteps()) {
      TestStepFinished f = index.stepResults.get(RunIndex.key(started.getId(), ts.getId()));
      TestStepResult result = f == null ? null : f.getTestStepResult();
      PickleStep ps = ts.getPickleStepId().map(pickleSteps::get).orElse(null);
      StepRun step;
      if (ps != null) {
        seenStep = true;
        Step astStep =
            ps.getAstNodeIds().isEmpty() ? null : index.astSteps.get(ps.getAstNodeIds().get(0));
        String keyword = astStep == null ? "" : astStep.getKeyword().strip();
        step =
            new StepRun(
                ts, ps, null, ++number, keyword.equals("*") ? "" : keyword, ps.getText(), result);
        lastStep = step;
        for (Suggestion s : index.suggestions.getOrDefault(ps.getId(), List.of())) {
          step.snippets.addAll(s.getSnippets());
        }
      } else {
        Hook hook = ts.getHookId().map(index.hooks::get).orElse(null);
        if (lastStep != null && isType(hook, HookType.AFTER_TEST_STEP)) {
          step = new StepRun(ts, null, hook, 0, "", afterStepLabel(hook, lastStep), result);
          step.afterStepOf = lastStep;
        } else {
          step = new StepRun(ts, null, hook, 0, "", hookLabel(hook, seenStep), result);
        }
      }
      List<Attachment> attached = index.attachments(started.getId(), ts.getId());
      if (step.afterStepOf != null) {
        // What an AfterStep hook records (the screen, the network) belongs to the step just before
        // it.
        step.afterStepOf.afterStepAttachments.addAll(attached);
      } else {
        step.attachments.addAll(attached);
      }
      run.steps.add(step);
      run.status =
          run.status == Status.UNKNOWN && step.status != Status.UNKNOWN
              ? step.status
              : run.status.worst(step.status);
    }
    run.caseAttachments.addAll(index.caseAttachments.getOrDefault(started.getId(), List.of()));
    TestCaseFinished finished = index.finished.get(started.getId());
    if (finished != null) {
      run.willBeRetried = Boolean.TRUE.equals(finished.getWillBeRetried());
      run.nanos = Formats.nanosBetween(started.getTimestamp(), finished.getTimestamp());
      if (run.steps.isEmpty()) {
        run.status = Status.PASSED;
      }
    } else {
      run.unfinished = true;
      run.nanos = run.steps.stream().mapToLong(StepRun::nanos).sum();
      // Past the point where the record ends, the steps are still listed (the rest of the
      // procedure)
      // but hooks without a result are not: they would only repeat 不明.
      boolean cut = false;
      for (StepRun s : run.steps) {
        if (cut && s.isHook() && s.result == null) {
          s.unrecordedAfterCut = true;
        }
        cut |= s.result == null;
      }
      if (!run.status.isProblem()) {
        // Passed so far is not passed: the rest was never recorded.
        run.status = Status.UNKNOWN;
      }
    }
    for (StepRun s : run.steps) {
      for (Attachment a : s.shownAttachments()) {
        if (run.browser.isEmpty()) {
          run.browser = BrowserInfo.of(a);
        }
      }
    }
    moveFailureRecords(run);
    return run;
  }

  /**
   * After hooks that ran after a failed step recorded that failure: show their records with that
   * step (or with the failed Before / AfterStep hook, when it was a hook that failed).
   */
  private static void moveFailureRecords(ScenarioRun run) {
    StepRun failed = null;
    for (StepRun s : run.steps) {
      if (failed == null && s.status == Status.FAILED && !(s.isHook() && isAfterHook(s))) {
        failed = s;
      } else if (failed != null && s.isHook() && isAfterHook(s)) {
        failed.failureRecords.addAll(s.attachments);
        s.recordsMovedAway = !s.attachments.isEmpty();
        s.attachments.clear();
      }
    }
  }

  private static boolean isAfterHook(StepRun s) {
    return s.hook == null || s.hook.getType().map(t -> t == HookType.AFTER_TEST_CASE).orElse(true);
  }

  private static boolean isType(Hook hook, HookType type) {
    return hook != null && hook.getType().map(t -> t == type).orElse(false);
  }

  private static String afterStepLabel(Hook hook, StepRun step) {
    String name = hook == null ? "" : hook.getName().orElse("");
    return "手順 " + step.number + " の後の処理 (AfterStep)" + (name.isBlank() ? "" : "「" + name + "」");
  }

  private static String hookLabel(Hook hook, boolean afterSteps) {
    Optional<HookType> type = hook == null ? Optional.empty() : hook.getType();
    String base =
        type.map(
                t ->
                    switch (t) {
                      case BEFORE_TEST_CASE -> "前処理 (Before)";
                      case AFTER_TEST_CASE -> "後処理 (After)";
                      case BEFORE_TEST_STEP -> "手順ごとの前処理 (BeforeStep)";
                      case AFTER_TEST_STEP -> "手順ごとの後処理 (AfterStep)";
                      default -> afterSteps ? "後処理" : "前処理";
                    })
            .orElse(afterSteps ? "後処理 (After)" : "前処理 (Before)");
    String name = hook == null ? "" : hook.getName().orElse("");
    return name.isBlank() ? base : base + "「" + name + "」";
  }

  /**
   * The messages end before TestRunFinished: the run stopped, or the report was made while it ran.
   */
  boolean runUnfinished() {
    return index.runFinished == null;
  }

  /** The last attempt of each scenario: what the totals count. */
  List<ScenarioRun> finalAttempts() {
    return scenarios.stream().filter(s -> !s.willBeRetried).toList();
  }
}
