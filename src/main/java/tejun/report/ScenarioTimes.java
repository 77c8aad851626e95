package tejun.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each scenario of a run took, and each of its steps and hooks, read from the run's
 * messages through the report's own model: what the benchmark measures tejun by.
 *
 * @param location the feature file and line of the scenario (or of its example row)
 * @param afterStepHooks for each step, its AfterStep hooks together
 */
public record ScenarioTimes(
    String location,
    String name,
    boolean passed,
    Duration duration,
    List<StepTime> steps,
    List<Duration> hooks,
    List<Duration> afterStepHooks) {

  /** A step's words and how long it took. */
  public record StepTime(String text, Duration duration) {}

  public static List<ScenarioTimes> read(Path messages) throws ReportInputException {
    return RunModel.of(MessageReader.read(messages)).finalAttempts().stream()
        .map(ScenarioTimes::of)
        .toList();
  }

  private static ScenarioTimes of(ScenarioRun run) {
    long line =
        run.exampleRow != null
            ? run.exampleRow.getLocation().getLine()
            : run.scenario.getLocation().getLine();
    return new ScenarioTimes(
        run.pickle.getUri() + ":" + line,
        run.title(),
        run.status == Status.PASSED,
        run.duration,
        run.steps.stream()
            .filter(s -> !s.isHook())
            .map(s -> new StepTime(s.pickleStep.getText(), s.duration()))
            .toList(),
        run.steps.stream().filter(StepRun::isHook).map(StepRun::duration).toList(),
        afterStepHooks(run));
  }

  /** Each step's AfterStep hooks, added up: what tejun does after a step, however it is split. */
  private static List<Duration> afterStepHooks(ScenarioRun run) {
    Map<StepRun, Duration> byStep = new LinkedHashMap<>();
    run.steps.stream()
        .filter(s -> s.afterStepOf != null)
        .forEach(s -> byStep.merge(s.afterStepOf, s.duration(), Duration::plus));
    return List.copyOf(byStep.values());
  }
}
