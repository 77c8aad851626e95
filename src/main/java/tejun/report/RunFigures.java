package tejun.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The figures the benchmark prints, read from a run's messages: how long scenarios and steps took,
 * the network-failure steps in particular, and how much disk the report takes.
 */
public final class RunFigures {
  private RunFigures() {}

  public static void main(String[] args) throws ReportInputException, IOException {
    Path ndjson = Path.of(args[0]);
    Map<String, String> stepText = new HashMap<>();
    Map<String, String> testStepText = new HashMap<>();
    Map<String, List<Double>> byStep = new TreeMap<>();
    List<Double> scenarios = new ArrayList<>();
    Map<String, Double> scenarioTime = new HashMap<>();
    double runSeconds = 0;
    long runStart = 0;
    for (Envelope e : MessageReader.read(ndjson)) {
      e.getPickle().map(Pickle::getSteps).ifPresent(
          steps -> steps.forEach(s -> stepText.put(s.getId(), text(s))));
      e.getTestCase().ifPresent(tc -> register(tc, stepText, testStepText));
      if (e.getTestRunStarted().isPresent()) {
        runStart = e.getTestRunStarted().get().getTimestamp().getSeconds();
      }
      if (e.getTestRunFinished().isPresent()) {
        runSeconds = e.getTestRunFinished().get().getTimestamp().getSeconds() - runStart;
      }
      if (e.getTestStepFinished().isPresent()) {
        TestStepFinished f = e.getTestStepFinished().get();
        double seconds = seconds(f);
        scenarioTime.merge(f.getTestCaseStartedId(), seconds, Double::sum);
        String text = testStepText.getOrDefault(f.getTestStepId(), "(hook)");
        byStep.computeIfAbsent(text, k -> new ArrayList<>()).add(seconds);
      }
    }
    scenarios.addAll(scenarioTime.values());
    scenarios.sort(Double::compare);
    System.out.printf("run: %d scenarios in %.0f s wall time%n", scenarios.size(), runSeconds);
    System.out.printf(
        "scenario time: min %.1f s, median %.1f s, max %.1f s, sum %.0f s%n",
        scenarios.get(0), scenarios.get(scenarios.size() / 2),
        scenarios.get(scenarios.size() - 1), scenarios.stream().mapToDouble(d -> d).sum());
    System.out.println("network-failure steps (the browser showing Chromium's error page):");
    byStep.forEach((text, times) -> {
      if (text.contains("このサイトにアクセスできません")) {
        System.out.printf("  %s: %s%n", text, seconds(times));
      }
    });
    System.out.println("slowest steps (total over the run):");
    byStep.entrySet().stream()
        .sorted((a, b) -> Double.compare(sum(b.getValue()), sum(a.getValue())))
        .limit(8)
        .forEach(en -> System.out.printf("  %6.1f s  n=%-3d %s%n",
            sum(en.getValue()), en.getValue().size(), en.getKey()));
    if (args.length > 1) {
      Path report = Path.of(args[1]);
      System.out.printf("report %s: %.2f MB in %d files%n", report,
          size(report) / 1e6, count(report));
    }
  }

  private static void register(TestCase tc, Map<String, String> stepText, Map<String, String> out) {
    for (TestStep step : tc.getTestSteps()) {
      out.put(step.getId(), step.getPickleStepId().map(stepText::get).orElse("(hook)"));
    }
  }

  private static String text(PickleStep step) {
    return step.getText();
  }

  private static double seconds(TestStepFinished f) {
    var d = f.getTestStepResult().getDuration();
    return d.getSeconds() + d.getNanos() / 1e9;
  }

  private static String seconds(List<Double> times) {
    return times.stream().map(t -> String.format("%.2f s", t)).toList().toString();
  }

  private static double sum(List<Double> times) {
    return times.stream().mapToDouble(d -> d).sum();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
