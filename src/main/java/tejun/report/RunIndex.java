package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Hook;
import io.cucumber.messages.types.Meta;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Suggestion;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestCaseFinished;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunHookFinished;
import io.cucumber.messages.types.TestRunHookStarted;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.UndefinedParameterType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every message of one run, looked up by id. */
final class RunIndex {
  Meta meta;
  TestRunStarted runStarted;
  TestRunFinished runFinished;
  final Map<String, GherkinDocument> documents = new LinkedHashMap<>();
  final Map<String, Pickle> pickles = new LinkedHashMap<>();
  final Map<String, Step> astSteps = new HashMap<>();
  final Map<String, Scenario> astScenarios = new HashMap<>();

  /** Examples row id to its header row, for scenario outlines. */
  final Map<String, TableRow> exampleHeaders = new HashMap<>();

  final Map<String, TableRow> exampleRows = new HashMap<>();
  final Map<String, Hook> hooks = new HashMap<>();
  final Map<String, TestCase> testCases = new HashMap<>();
  final List<TestCaseStarted> started = new ArrayList<>();
  final Map<String, TestCaseFinished> finished = new HashMap<>();
  final Map<String, TestStepFinished> stepResults = new HashMap<>();
  final Map<String, List<Attachment>> stepAttachments = new HashMap<>();
  final Map<String, List<Attachment>> caseAttachments = new HashMap<>();
  final List<TestRunHookStarted> runHooks = new ArrayList<>();
  final Map<String, TestRunHookFinished> runHookResults = new HashMap<>();
  final Map<String, List<Attachment>> runHookAttachments = new HashMap<>();
  final List<Attachment> runAttachments = new ArrayList<>();
  final Map<String, List<Suggestion>> suggestions = new HashMap<>();
  final List<ParseError> parseErrors = new ArrayList<>();
  final List<UndefinedParameterType> undefinedParameterTypes = new ArrayList<>();
  final List<Attachment> allAttachments = new ArrayList<>();

  static String key(String testCaseStartedId, String testStepId) {
    return testCaseStartedId + "\u0000" + testStepId;
  }

  static RunIndex of(List<Envelope> envelopes) {
    RunIndex r = new RunIndex();
    envelopes.forEach(r::add);
    return r;
  }

  private void add(Envelope e) {
    e.getMeta().ifPresent(m -> meta = m);
    e.getTestRunStarted().ifPresent(m -> runStarted = m);
    e.getTestRunFinished().ifPresent(m -> runFinished = m);
    e.getGherkinDocument().ifPresent(this::addDocument);
    e.getPickle().ifPresent(p -> pickles.put(p.getId(), p));
    e.getHook().ifPresent(h -> hooks.put(h.getId(), h));
    e.getTestCase().ifPresent(t -> testCases.put(t.getId(), t));
    e.getTestCaseStarted().ifPresent(started::add);
    e.getTestCaseFinished().ifPresent(f -> finished.put(f.getTestCaseStartedId(), f));
    e.getTestStepFinished()
        .ifPresent(f -> stepResults.put(key(f.getTestCaseStartedId(), f.getTestStepId()), f));
    e.getTestRunHookStarted().ifPresent(runHooks::add);
    e.getTestRunHookFinished().ifPresent(f -> runHookResults.put(f.getTestRunHookStartedId(), f));
    e.getSuggestion()
        .ifPresent(
            s -> suggestions.computeIfAbsent(s.getPickleStepId(), k -> new ArrayList<>()).add(s));
    e.getParseError().ifPresent(parseErrors::add);
    e.getUndefinedParameterType().ifPresent(undefinedParameterTypes::add);
    e.getAttachment().ifPresent(this::addAttachment);
  }

  private void addAttachment(Attachment a) {
    allAttachments.add(a);
    if (a.getTestCaseStartedId().isPresent() && a.getTestStepId().isPresent()) {
      stepAttachments
          .computeIfAbsent(
              key(a.getTestCaseStartedId().get(), a.getTestStepId().get()), k -> new ArrayList<>())
          .add(a);
    } else if (a.getTestCaseStartedId().isPresent()) {
      caseAttachments
          .computeIfAbsent(a.getTestCaseStartedId().get(), k -> new ArrayList<>())
          .add(a);
    } else if (a.getTestRunHookStartedId().isPresent()) {
      runHookAttachments
          .computeIfAbsent(a.getTestRunHookStartedId().get(), k -> new ArrayList<>())
          .add(a);
    } else {
      runAttachments.add(a);
    }
  }

  private void addDocument(GherkinDocument d) {
    d.getUri().ifPresent(u -> documents.put(u, d));
    d.getFeature()
        .ifPresent(
            f -> {
              for (FeatureChild c : f.getChildren()) {
                c.getBackground().ifPresent(this::addBackground);
                c.getScenario().ifPresent(this::addScenario);
                c.getRule()
                    .ifPresent(
                        rule -> {
                          for (RuleChild rc : rule.getChildren()) {
                            rc.getBackground().ifPresent(this::addBackground);
                            rc.getScenario().ifPresent(this::addScenario);
                          }
                        });
              }
            });
  }

  private void addBackground(Background b) {
    b.getSteps().forEach(s -> astSteps.put(s.getId(), s));
  }

  private void addScenario(Scenario s) {
    astScenarios.put(s.getId(), s);
    s.getSteps().forEach(step -> astSteps.put(step.getId(), step));
    for (Examples ex : s.getExamples()) {
      for (TableRow row : ex.getTableBody()) {
        exampleRows.put(row.getId(), row);
        ex.getTableHeader().ifPresent(h -> exampleHeaders.put(row.getId(), h));
      }
    }
  }

  List<Attachment> attachments(String testCaseStartedId, String testStepId) {
    return stepAttachments.getOrDefault(key(testCaseStartedId, testStepId), List.of());
  }
}
