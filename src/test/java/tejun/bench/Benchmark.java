package tejun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tejun.WarmStart;
import tejun.browser.BrowserSettings;
import tejun.report.ReportInputException;
import tejun.report.ScenarioTimes;

/**
 * tejun's benchmark: figures printed, never asserted. For each procedure in turn, its time under
 * tejun (Cucumber, every hook, the records the report needs) and then a bare Selenium replay of the
 * same actions ({@link Replay}) in a context, then in a browser of its own, alternating so that the
 * machine's noise hits every side; then per-step figures, the first scenario's extra cost and peak
 * memory. Run by {@code sh src/main/sh/benchmark.sh}; arguments: a tag expression (optional).
 */
public final class Benchmark {
  private static final Path STUBS = Path.of("stubs");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("target", "benchmark"));
    Optional<String> tags =
        args.length > 0 && !args[0].isBlank() ? Optional.of(args[0]) : Optional.empty();
    MemoryPeaks memory = MemoryPeaks.start();
    System.setProperty("cucumber.execution.parallel.enabled", "false");
    List<ScenarioTimes> scenarios =
        cucumber(work.resolve("dry-run.ndjson"), tags, true, "features");
    System.out.printf(
        "%d procedures%s, one at a time%n%n",
        scenarios.size(), tags.map(t -> " (" + t + ")").orElse(""));
    String firstProcedure = firstProcedure(work, scenarios.get(0));
    List<Double> bareShots = new ArrayList<>();
    Floor.Clicks bareClicks;
    List<ScenarioTimes> measured;
    try (Floor.Sampler floor = Floor.sampler(work, Path.of("target", "playwright"))) {
      measured = alternating(work, scenarios, bareShots, floor);
      while (floor.clicks().selenium().size() < 40) {
        floor.sample(4);
      }
      bareClicks = floor.clicks();
    }
    System.out.println(firstProcedure);
    printStepsAndHooks(measured);
    printAgainstTheFloor(measured, bareClicks, bareShots);
    printScreenshots(work, measured);
    memory.stop();
    System.out.printf(
        "peak memory: this JVM %d MB (resident), its browsers and drivers %d MB together"
            + " (sampled)%n",
        memory.jvmPeakMb(), memory.childrenPeakMb());
    System.exit(0);
  }

  /**
   * The warm start (what the first scenario would otherwise pay for), then the first procedure run
   * cold (the JVM's first), then again warm.
   */
  private static String firstProcedure(Path work, ScenarioTimes first) throws Exception {
    System.setProperty("tejun.isolation", "context");
    long warmStartBegins = System.nanoTime();
    WarmStart.once(STUBS);
    Duration readied = Duration.ofNanos(System.nanoTime() - warmStartBegins);
    long coldStart = System.nanoTime();
    Duration cold = runTejun(work, -1, first).duration();
    Duration coldRun = Duration.ofNanos(System.nanoTime() - coldStart);
    long warmStart = System.nanoTime();
    Duration warm = runTejun(work, 0, first).duration();
    Duration warmRun = Duration.ofNanos(System.nanoTime() - warmStart);
    return String.format(
        "warm start (a network and a kept Chromium that has shown a page): %.2f s%n"
            + "first procedure of the run: %.2f s cold, %.2f s warm: %.2f s more; Cucumber's whole"
            + " run of it (JVM already started; glue included): %.2f s cold, %.2f s warm",
        seconds(readied),
        seconds(cold),
        seconds(warm),
        seconds(cold.minus(warm)),
        seconds(coldRun),
        seconds(warmRun));
  }

  /**
   * Each procedure under tejun, then replayed in a context, then in a Chromium of its own, then a
   * few bare clicks of the floor; prints a line for each, the overall ratio and the isolation cost.
   * Returns tejun's runs.
   */
  private static List<ScenarioTimes> alternating(
      Path work, List<ScenarioTimes> scenarios, List<Double> bareShots, Floor.Sampler floor)
      throws Exception {
    BrowserSettings context = settings(BrowserSettings.Isolation.CONTEXT);
    BrowserSettings ownBrowser = settings(BrowserSettings.Isolation.BROWSER);
    List<ScenarioTimes> measured = new ArrayList<>();
    List<Double> isolation = new ArrayList<>();
    double tejunTotal = 0;
    double replayTotal = 0;
    System.out.printf(
        "%-55s %6s %8s %8s %6s %8s%n",
        "procedure", "steps", "tejun", "replay", "ratio", "own browser");
    for (int i = 0; i < scenarios.size(); i++) {
      ScenarioTimes tejun = runTejun(work, i + 1, scenarios.get(i));
      Path trace = trace(work, tejun.location());
      Replay.Result replay = Replay.of(trace, STUBS, context);
      Replay.Result replayOwn = Replay.of(trace, STUBS, ownBrowser);
      measured.add(tejun);
      bareShots.addAll(replay.screenshots());
      floor.sample(4);
      String note =
          !tejun.passed()
              ? "  (tejun: not passed)"
              : replay.divergence().map(d -> "  (replay parted: " + d + ")").orElse("");
      System.out.printf(
          "%-55s %6d %7.2fs %7.2fs %6.2f %7.2fs%s%n",
          shortName(tejun.location()),
          tejun.steps().size(),
          seconds(tejun.duration()),
          seconds(replay.time()),
          seconds(tejun.duration()) / seconds(replay.time()),
          seconds(replayOwn.time()),
          note);
      if (tejun.passed() && replay.divergence().isEmpty()) {
        tejunTotal += seconds(tejun.duration());
        replayTotal += seconds(replay.time());
        isolation.add(seconds(replayOwn.time()) - seconds(replay.time()));
      }
    }
    System.out.printf(
        "%ntejun against the bare replay, over the procedures the replay followed to the end: %.1f"
            + " s / %.1f s = %.2f×%n",
        tejunTotal, replayTotal, tejunTotal / replayTotal);
    System.out.printf(
        "isolation: a Chromium of its own costs a replay %s more than a context (median, p95)%n",
        Spread.of(isolation).seconds());
    return measured;
  }

  /** Every step's and after-step hook's time, and the watched step's ({@code tejun.bench.step}). */
  private static void printStepsAndHooks(List<ScenarioTimes> measured) {
    List<Double> steps = new ArrayList<>();
    List<Double> hooks = new ArrayList<>();
    Map<String, List<Double>> byText = new TreeMap<>();
    for (ScenarioTimes scenario : measured) {
      for (ScenarioTimes.StepTime step : scenario.steps()) {
        double millis = seconds(step.duration()) * 1000;
        steps.add(millis);
        byText.computeIfAbsent(step.text(), k -> new ArrayList<>()).add(millis);
      }
      scenario.hooks().forEach(h -> hooks.add(seconds(h) * 1000));
    }
    System.out.printf("steps: %d, %s (median, p95)%n", steps.size(), Spread.of(steps).millis());
    System.out.printf(
        "hooks (screenshots and records after each step): %d, %s (median, p95)%n",
        hooks.size(), Spread.of(hooks).millis());
    String watched = System.getProperty("tejun.bench.step", "タイムアウト");
    byText.forEach(
        (text, times) -> {
          if (text.contains(watched)) {
            System.out.printf(
                "step 「%s」: n=%d, %s (median, p95)%n",
                text, times.size(), Spread.of(times).millis());
          }
        });
  }

  /** A step that presses a link or button by its label (the shared sentences). */
  private static final java.util.regex.Pattern CLICK_STEP =
      java.util.regex.Pattern.compile("「[^「」]+」(をクリックする|ボタンを押す)");

  /**
   * tejun beside the floor, measured in this run: the shared click step against a bare click and
   * page load of a trivial page, and the after-step hook (the screen after the step, the screen
   * before its action, the frames and records) against a bare whole-page screenshot of the screens
   * tejun shot, taken in the bare replay.
   */
  private static void printAgainstTheFloor(
      List<ScenarioTimes> measured, Floor.Clicks bareClicks, List<Double> bareShots) {
    List<Double> clicks = new ArrayList<>();
    List<Double> afterSteps = new ArrayList<>();
    for (ScenarioTimes scenario : measured) {
      for (ScenarioTimes.StepTime step : scenario.steps()) {
        if (CLICK_STEP.matcher(step.text()).matches()) {
          clicks.add(seconds(step.duration()) * 1000);
        }
      }
      scenario.afterStepHooks().forEach(h -> afterSteps.add(seconds(h) * 1000));
    }
    System.out.printf("%ntejun beside the floor (median, p95; ratio = tejun / floor):%n");
    printRatio("click step 「…」をクリックする", clicks, "bare click and load", bareClicks.selenium());
    if (bareClicks.peerMissing() == null) {
      printRatio(
          "click step 「…」をクリックする", clicks, "Playwright click and load", bareClicks.playwright());
    } else {
      System.out.println("  the peer (Playwright) was not measured: " + bareClicks.peerMissing());
    }
    printRatio("AfterStep hook", afterSteps, "bare whole-page screenshot", bareShots);
  }

  private static void printRatio(
      String what, List<Double> tejun, String floorName, List<Double> floor) {
    Spread t = Spread.of(tejun);
    Spread f = Spread.of(floor);
    System.out.printf(
        "  %-34s n=%4d %s | %-27s n=%4d %s | ratio %.2f×, %.2f×%n",
        what,
        t.count(),
        t.millis(),
        floorName,
        f.count(),
        f.millis(),
        t.median() / f.median(),
        t.p95() / f.p95());
  }

  /** tejun's screenshots, from the traces: shot anew, or the last one again (page unchanged). */
  private static void printScreenshots(Path work, List<ScenarioTimes> measured) throws IOException {
    List<Double> shot = new ArrayList<>();
    List<Double> reused = new ArrayList<>();
    for (ScenarioTimes scenario : measured) {
      JsonNode trace = JSON.readTree(trace(work, scenario.location()).toFile());
      for (JsonNode action : trace.path("actions")) {
        if (action.path("action").asText().equals("screenshot") && action.has("ms")) {
          (action.path("reused").asBoolean() ? reused : shot).add(action.path("ms").asDouble());
        }
      }
    }
    System.out.printf(
        "screenshots: %d shot, %s; %d of an unchanged page, the last one again, %s (median, p95)%n",
        shot.size(), Spread.of(shot).millis(), reused.size(), Spread.of(reused).millis());
  }

  private static BrowserSettings settings(BrowserSettings.Isolation isolation) {
    System.setProperty("tejun.isolation", isolation.name().toLowerCase());
    return BrowserSettings.fromSystemProperties();
  }

  private static ScenarioTimes runTejun(Path work, int n, ScenarioTimes scenario) throws Exception {
    System.setProperty("tejun.isolation", "context");
    System.setProperty("tejun.trace", work.resolve("traces").toString());
    List<ScenarioTimes> run =
        cucumber(
            work.resolve("run-" + n + ".ndjson"), Optional.empty(), false, scenario.location());
    System.clearProperty("tejun.trace");
    return run.get(0);
  }

  private static List<ScenarioTimes> cucumber(
      Path messages, Optional<String> tags, boolean dryRun, String what)
      throws IOException, ReportInputException {
    List<String> args =
        new ArrayList<>(
            List.of("--glue", "tejun", "--plugin", "message:" + messages, "--monochrome"));
    if (dryRun) {
      args.add("--dry-run");
    }
    tags.ifPresent(t -> args.addAll(List.of("--tags", t)));
    args.add(what);
    Main.run(args.toArray(String[]::new), Benchmark.class.getClassLoader());
    return ScenarioTimes.read(messages);
  }

  private static Path trace(Path work, String location) {
    Path feature = Path.of(location.substring(0, location.lastIndexOf(':')));
    String line = location.substring(location.lastIndexOf(':') + 1);
    return work.resolve("traces")
        .resolve(feature.getParent().getFileName().toString())
        .resolve(feature.getFileName().toString().replace(".feature", "") + "-" + line + ".json");
  }

  private static String shortName(String location) {
    return location.replaceFirst("^.*features/", "");
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
