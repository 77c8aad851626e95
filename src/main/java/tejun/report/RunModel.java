package tejun.report;

import io.cucumber.messages.Convertor;
import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Hook;
import io.cucumber.messages.types.HookType;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Suggestion;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunHookFinished;
import io.cucumber.messages.types.TestRunHookStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.UndefinedParameterType;
import io.cucumber.query.Lineage;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;
import io.cucumber.query.Repository.RepositoryFeature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tejun.records.BrowserRecord;

/**
 * What the pages show, from Cucumber's own index of the run ({@link Query}). The few things it does
 * not index are kept here as they arrive: every attempt of a retried scenario, the Gherkin
 * documents (a feature without scenarios has no pickle to reach it by), parse errors, and
 * attachments that belong to a scenario or the run rather than to a step.
 */
final class RunModel {
  final Query query;
  final List<ScenarioRun> scenarios = new ArrayList<>();
  final Map<String, FeatureInfo> features = new LinkedHashMap<>();

  /** Pickles that never started (e.g. a BeforeAll hook failed). */
  final List<Pickle> notStarted = new ArrayList<>();

  final List<RunHookRun> runHooks = new ArrayList<>();
  final List<ParseError> parseErrors = new ArrayList<>();
  final List<Attachment> runAttachments = new ArrayList<>();
  Optional<BrowserRecord> browser = Optional.empty();

  private final List<TestCaseStarted> attempts = new ArrayList<>();
  private final Map<String, List<Attachment>> caseAttachments = new LinkedHashMap<>();

  /** A BeforeAll / AfterAll hook as run. */
  record RunHookRun(Hook hook, TestStepResult result, List<Attachment> attachments) {
    Status status() {
      return result == null ? Status.UNKNOWN : Status.of(result.getStatus());
    }

    boolean isAfterAll() {
      return hook != null && hook.getType().map(t -> t == HookType.AFTER_TEST_RUN).orElse(false);
    }

    String label() {
      String name = hook == null ? "" : hook.getName().orElse("");
      return (isAfterAll() ? "全体の後処理 (AfterAll)" : "全体の前処理 (BeforeAll)")
          + (name.isEmpty() ? "" : "「" + name + "」");
    }
  }

  static RunModel of(List<Envelope> envelopes) {
    Repository.Builder repository = Repository.builder();
    for (RepositoryFeature feature : RepositoryFeature.values()) {
      repository.feature(feature, true);
    }
    Repository run = repository.build();
    RunModel m = new RunModel(new Query(run));
    for (Envelope e : envelopes) {
      run.update(e);
      m.keep(e);
    }
    m.build();
    return m;
  }

  private RunModel(Query query) {
    this.query = query;
  }

  private void keep(Envelope e) {
    e.getGherkinDocument().ifPresent(this::feature);
    e.getParseError().ifPresent(parseErrors::add);
    e.getTestCaseStarted().ifPresent(attempts::add);
    e.getAttachment()
        .filter(a -> a.getTestStepId().isEmpty() && a.getTestRunHookStartedId().isEmpty())
        .ifPresent(
            a ->
                a.getTestCaseStartedId()
                    .ifPresentOrElse(
                        id -> caseAttachments.computeIfAbsent(id, k -> new ArrayList<>()).add(a),
                        () -> runAttachments.add(a)));
    e.getAttachment()
        .filter(a -> browser.isEmpty())
        .ifPresent(a -> browser = Attachments.browser(a));
  }

  private FeatureInfo feature(GherkinDocument document) {
    return features.computeIfAbsent(
        document.getUri().orElse(""), uri -> FeatureInfo.of(uri, Optional.of(document)));
  }

  private FeatureInfo feature(Pickle pickle) {
    return features.computeIfAbsent(
        pickle.getUri(), uri -> FeatureInfo.of(uri, lineage(pickle).map(Lineage::document)));
  }

  private Optional<Lineage> lineage(Pickle pickle) {
    return query.findLineageBy(pickle);
  }

  private void build() {
    Set<String> startedPickles = new HashSet<>();
    for (TestCaseStarted started : attempts) {
      Optional<TestCase> testCase = query.findTestCaseBy(started);
      Optional<Pickle> pickle = query.findPickleBy(started);
      if (testCase.isEmpty() || pickle.isEmpty()) {
        continue;
      }
      startedPickles.add(pickle.get().getId());
      scenarios.add(scenario(scenarios.size() + 1, started, testCase.get(), pickle.get()));
    }
    for (Pickle p : query.findAllPickles()) {
      if (!startedPickles.contains(p.getId())) {
        notStarted.add(p);
        feature(p);
      }
    }
    for (TestRunHookStarted h : query.findAllTestRunHookStarted()) {
      Optional<TestRunHookFinished> f = query.findTestRunHookFinishedBy(h);
      runHooks.add(
          new RunHookRun(
              query.findHookBy(h).orElse(null),
              f.map(TestRunHookFinished::getResult).orElse(null),
              f.map(query::findAttachmentsBy).orElse(List.of())));
    }
  }

  private ScenarioRun scenario(int n, TestCaseStarted started, TestCase testCase, Pickle pickle) {
    Optional<Lineage> lineage = lineage(pickle);
    ScenarioRun run =
        new ScenarioRun(
            n,
            started,
            pickle,
            feature(pickle),
            lineage.flatMap(Lineage::scenario).orElse(null),
            lineage.flatMap(Lineage::examples).flatMap(x -> x.getTableHeader()).orElse(null),
            lineage.flatMap(Lineage::example).orElse(null));
    Map<String, TestStepFinished> finished = new LinkedHashMap<>();
    query.findTestStepsFinishedBy(started).forEach(f -> finished.put(f.getTestStepId(), f));
    int number = 0;
    StepRun lastStep = null;
    for (TestStep ts : testCase.getTestSteps()) {
      Optional<TestStepFinished> f = Optional.ofNullable(finished.get(ts.getId()));
      TestStepResult result = f.map(TestStepFinished::getTestStepResult).orElse(null);
      Optional<PickleStep> ps = query.findPickleStepBy(ts);
      StepRun step;
      if (ps.isPresent()) {
        String keyword =
            query.findStepBy(ps.get()).map(Step::getKeyword).map(String::strip).orElse("");
        step =
            new StepRun(
                ps.get(),
                null,
                ++number,
                keyword.equals("*") ? "" : keyword,
                ps.get().getText(),
                result);
        lastStep = step;
        for (Suggestion s : query.findSuggestionsBy(ps.get())) {
          step.snippets.addAll(s.getSnippets());
        }
      } else {
        Hook hook = query.findHookBy(ts).orElse(null);
        StepRun afterStepOf = isType(hook, HookType.AFTER_TEST_STEP) ? lastStep : null;
        step =
            new StepRun(
                null,
                hook,
                0,
                "",
                afterStepOf == null
                    ? hookLabel(hook, number > 0)
                    : afterStepLabel(hook, afterStepOf),
                result);
        step.afterStepOf = afterStepOf;
        step.hookId = ts.getId();
      }
      List<Attachment> attached = f.map(query::findAttachmentsBy).orElse(List.of());
      if (step.afterStepOf != null) {
        // What an AfterStep hook records (the screen, the network) belongs to the step before it.
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
    run.caseAttachments.addAll(caseAttachments.getOrDefault(started.getId(), List.of()));
    query
        .findTestCaseFinishedBy(started)
        .ifPresentOrElse(
            f -> {
              run.willBeRetried = Boolean.TRUE.equals(f.getWillBeRetried());
              run.duration = query.findTestCaseDurationBy(started).orElse(Duration.ZERO);
              if (run.steps.isEmpty()) {
                run.status = Status.PASSED;
              }
            },
            () -> unfinished(run));
    for (StepRun s : run.steps) {
      for (Attachment a : s.shownAttachments()) {
        if (run.browser.isEmpty()) {
          run.browser = Attachments.browser(a);
        }
      }
    }
    moveFailureRecords(run);
    return run;
  }

  private static void unfinished(ScenarioRun run) {
    run.unfinished = true;
    run.duration = run.steps.stream().map(StepRun::duration).reduce(Duration.ZERO, Duration::plus);
    // Past the point where the record ends, the steps are still listed (the rest of the procedure)
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

  /**
   * After hooks that ran after a failed step recorded that failure: show their records with that
   * step (or with the failed Before / AfterStep hook, when it was a hook that failed).
   */
  private static void moveFailureRecords(ScenarioRun run) {
    StepRun failed = null;
    for (StepRun s : run.steps) {
      if (failed == null && s.status == Status.FAILED && !s.isAfterHook()) {
        failed = s;
      } else if (failed != null && s.isAfterHook()) {
        failed.failureRecords.addAll(s.attachments);
        s.attachments.clear();
      }
    }
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

  Optional<Instant> runStarted() {
    return query.findTestRunStarted().map(s -> Convertor.toInstant(s.getTimestamp()));
  }

  Optional<Duration> runDuration() {
    return query.findTestRunDuration();
  }

  Optional<TestRunFinished> runFinished() {
    return query.findTestRunFinished();
  }

  List<UndefinedParameterType> undefinedParameterTypes() {
    return query.findAllUndefinedParameterTypes();
  }

  /**
   * The messages end before TestRunFinished: the run stopped, or the report was made while it ran.
   */
  boolean runUnfinished() {
    return runFinished().isEmpty();
  }

  /** The run itself failed (not only a scenario): an exception or message on TestRunFinished. */
  boolean runFailed() {
    return runFinished()
        .map(f -> f.getException().isPresent() || f.getMessage().isPresent())
        .orElse(false);
  }

  /** The last attempt of each scenario: what the totals count. */
  List<ScenarioRun> finalAttempts() {
    return scenarios.stream().filter(s -> !s.willBeRetried).toList();
  }

  /** Every procedure the features hold, started in this run or not (a tag may leave it out). */
  Set<ProcedureKey> allProcedures() {
    Set<ProcedureKey> all = new HashSet<>();
    for (Pickle p : query.findAllPickles()) {
      Optional<Lineage> lineage = lineage(p);
      all.add(
          new ProcedureKey(
              feature(p).title(),
              p.getName(),
              ScenarioRun.exampleSummary(
                  lineage.flatMap(Lineage::examples).flatMap(x -> x.getTableHeader()).orElse(null),
                  lineage.flatMap(Lineage::example).orElse(null))));
    }
    return all;
  }

  /** The scenarios' order in their features (a parallel run starts them in any order). */
  List<String> pickleOrder() {
    return query.findAllPickles().stream().map(Pickle::getId).toList();
  }
}
