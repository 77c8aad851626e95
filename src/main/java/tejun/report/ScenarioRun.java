package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.TestCaseStarted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tejun.records.BrowserRecord;

/** One started test case (one attempt of one scenario) and its page. */
final class ScenarioRun {
  final int index;
  final TestCaseStarted started;
  final Pickle pickle;
  final FeatureInfo feature;
  final Scenario scenario;
  final TableRow exampleHeader;
  final TableRow exampleRow;
  final List<StepRun> steps = new ArrayList<>();
  final List<Attachment> caseAttachments = new ArrayList<>();
  Status status = Status.UNKNOWN;
  Duration duration = Duration.ZERO;
  boolean willBeRetried;

  /** No TestCaseFinished: the run stopped (or was still running) while this scenario ran. */
  boolean unfinished;

  Optional<BrowserRecord> browser = Optional.empty();

  ScenarioRun(
      int index,
      TestCaseStarted started,
      Pickle pickle,
      FeatureInfo feature,
      Scenario scenario,
      TableRow exampleHeader,
      TableRow exampleRow) {
    this.index = index;
    this.started = started;
    this.pickle = pickle;
    this.feature = feature;
    this.scenario = scenario;
    this.exampleHeader = exampleHeader;
    this.exampleRow = exampleRow;
  }

  String pageName() {
    return String.format("scenario-%03d.html", index);
  }

  /** The same page printed on A4, beside it. */
  String pdfName() {
    return String.format("scenario-%03d.pdf", index);
  }

  public String title() {
    return pickle.getName().isBlank() ? "（名前のない手順）" : pickle.getName();
  }

  /** For a scenario outline's example: its values, e.g. "start = 12、eat = 5"; else empty. */
  String exampleSummary() {
    return exampleSummary(exampleHeader, exampleRow);
  }

  static String exampleSummary(TableRow exampleHeader, TableRow exampleRow) {
    if (exampleRow == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < exampleRow.getCells().size(); i++) {
      String value = exampleRow.getCells().get(i).getValue();
      boolean named = exampleHeader != null && i < exampleHeader.getCells().size();
      parts.add(named ? exampleHeader.getCells().get(i).getValue() + " = " + value : value);
    }
    return String.join("、", parts);
  }

  int attempt() {
    return started.getAttempt() == null ? 0 : started.getAttempt().intValue();
  }

  List<String> tags() {
    return pickle.getTags().stream().map(PickleTag::getName).toList();
  }

  /** The first step whose status is the scenario's own (worst) status, when that is a problem. */
  Optional<StepRun> problemStep() {
    if (!status.isProblem()) {
      return Optional.empty();
    }
    return steps.stream().filter(s -> s.status == status).findFirst();
  }
}
