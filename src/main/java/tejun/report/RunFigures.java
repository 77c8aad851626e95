package tejun.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The figures the benchmark prints, read from a run's messages through the report's own model: how
 * long scenarios and steps took, the network-failure steps in particular, and how much disk the
 * report takes.
 */
public final class RunFigures {
  private RunFigures() {}

  public static void main(String[] args) throws ReportInputException, IOException {
    RunModel model = RunModel.of(MessageReader.read(Path.of(args[0])));
    List<ScenarioRun> scenarios = model.finalAttempts();
    Map<String, List<Double>> byStep = new TreeMap<>();
    List<Double> scenarioSeconds = new ArrayList<>();
    for (ScenarioRun scenario : scenarios) {
      scenarioSeconds.add(seconds(scenario.duration));
      for (StepRun step : scenario.steps) {
        String text = step.isHook() ? "(hook)" : step.pickleStep.getText();
        byStep.computeIfAbsent(text, k -> new ArrayList<>()).add(seconds(step.duration()));
      }
    }
    scenarioSeconds.sort(Double::compare);
    if (!model.runUnfinished()) {
      model
          .runDuration()
          .ifPresent(
              d ->
                  System.out.printf(
                      "run: %d scenarios in %.0f s wall time%n", scenarios.size(), seconds(d)));
    }
    System.out.printf(
        "scenario time: min %.1f s, median %.1f s, max %.1f s, sum %.0f s%n",
        scenarioSeconds.get(0),
        scenarioSeconds.get(scenarioSeconds.size() / 2),
        scenarioSeconds.get(scenarioSeconds.size() - 1),
        sum(scenarioSeconds));
    System.out.println("network-failure steps (the browser showing Chromium's error page):");
    byStep.forEach(
        (text, times) -> {
          if (text.contains("このサイトにアクセスできません")) {
            System.out.printf(
                "  %s: %s%n", text, times.stream().map(t -> String.format("%.2f s", t)).toList());
          }
        });
    System.out.println("slowest steps (total over the run):");
    byStep.entrySet().stream()
        .sorted((a, b) -> Double.compare(sum(b.getValue()), sum(a.getValue())))
        .limit(8)
        .forEach(
            en ->
                System.out.printf(
                    "  %6.1f s  n=%-3d %s%n",
                    sum(en.getValue()), en.getValue().size(), en.getKey()));
    if (args.length > 1) {
      printSize(Path.of(args[1]));
    }
  }

  private static double seconds(java.time.Duration d) {
    return d.toNanos() / 1e9;
  }

  private static double sum(List<Double> values) {
    return values.stream().mapToDouble(d -> d).sum();
  }

  private static void printSize(Path report) throws IOException {
    try (Stream<Path> files = Files.walk(report)) {
      List<Path> regular = files.filter(Files::isRegularFile).toList();
      long bytes = 0;
      for (Path file : regular) {
        bytes += Files.size(file);
      }
      System.out.printf("report %s: %.2f MB in %d files%n", report, bytes / 1e6, regular.size());
    }
  }
}
