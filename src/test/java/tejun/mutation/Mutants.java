package tejun.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tejun.HarnessException;
import tejun.OwnedDirectory;
import tejun.RealStubs;
import tejun.mutation.Scenarios.Scenario;
import tejun.network.SimulatedNetworks;

/**
 * Model-mutation testing: runs the procedures once as they are, learning which scenarios reached
 * which file of the model; makes the mutants of the sites those procedures belong to ({@link
 * Operators}); and runs, for each mutant, on a copy of the stubs with that one change, only the
 * scenarios that reached its file. A mutant some scenario fails on is Killed; one they all pass is
 * Survived: no step checks what it changed.
 */
final class Mutants {
  enum Status {
    Killed,
    Survived,
    NoCoverage,
    Timeout
  }

  /**
   * What to run: the features folder and the tags, the stubs, the glue, where the results go, how
   * many mutants at once, at most how many per operator and site (0: all), and which operators.
   */
  record Settings(
      Path features,
      String tags,
      Path stubs,
      String glue,
      Path out,
      Path reportDir,
      int workers,
      int perOperator,
      Set<Operator> operators) {}

  /** A mutant's outcome; {@code line}, {@code column} and their ends are 1-based. */
  record Result(
      int id,
      ModelSite site,
      Mutant mutant,
      int line,
      int column,
      int endLine,
      int endColumn,
      Status status,
      String reason,
      List<Scenario> coveredBy,
      List<String> killedBy,
      Duration time,
      Optional<String> assumption) {}

  /** The whole run: the scenarios as they are, the sites, every mutant's result, the time taken. */
  record Outcome(
      List<Scenario> baseline,
      Duration baselineTime,
      List<ModelSite> sites,
      Map<String, String> sources,
      List<Result> results,
      int madeInAll,
      Duration total) {}

  private Mutants() {}

  static Outcome run(Settings settings) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(settings.out());
    Path messages = settings.out().resolve("baseline.ndjson");
    log("変異なしで手順を実行します (the procedures as they are): " + settings.tags());
    CucumberRuns.baseline(
        settings.glue(), settings.stubs(), settings.features(), settings.tags(), messages);
    List<Scenario> baseline = Scenarios.read(messages);
    Duration baselineTime = Duration.ofNanos(System.nanoTime() - start);
    if (baseline.isEmpty()) {
      throw new HarnessException(
          "No scenario ran for tags '" + settings.tags() + "' under " + settings.features());
    }
    long failed = baseline.stream().filter(s -> !s.passed()).count();
    log(
        baseline.size()
            + " scenarios, "
            + failed
            + " failed as they are (those cannot kill a mutant), "
            + seconds(baselineTime));

    Map<String, ModelSite> sites = new LinkedHashMap<>();
    for (Scenario s : baseline) {
      Path folder = s.feature().toAbsolutePath().getParent();
      String key = folder.getFileName().toString();
      if (!sites.containsKey(key)) {
        sites.put(key, ModelSite.load(key, folder, settings.stubs()));
      }
    }
    Map<String, String> sources = new LinkedHashMap<>();
    List<Planned> planned = new ArrayList<>();
    int madeInAll = 0;
    for (ModelSite site : sites.values()) {
      Map<Operator, Integer> taken = new EnumMap<>(Operator.class);
      for (String file : site.files(settings.stubs())) {
        String text = Files.readString(settings.stubs().resolve(file), StandardCharsets.UTF_8);
        for (Mutant m : Operators.of(file, text, site.quotes())) {
          if (!settings.operators().contains(m.operator())) {
            continue;
          }
          madeInAll++;
          int n = taken.merge(m.operator(), 1, Integer::sum);
          if (settings.perOperator() > 0 && n > settings.perOperator()) {
            continue;
          }
          sources.put(file, text);
          List<Scenario> covering =
              baseline.stream()
                  .filter(Scenario::passed)
                  .filter(s -> s.reached().stream().anyMatch(r -> site.reaches(file, r)))
                  .toList();
          planned.add(new Planned(planned.size() + 1, site, m, text, covering));
        }
      }
    }
    log(
        planned.size()
            + " mutants to run"
            + (planned.size() < madeInAll
                ? " (of "
                    + madeInAll
                    + " made: the first "
                    + settings.perOperator()
                    + " per operator and site)"
                : "")
            + ", "
            + settings.workers()
            + " at a time");

    ExecutorService workers = Executors.newFixedThreadPool(settings.workers());
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger done = new AtomicInteger();
    List<Future<Result>> futures = new ArrayList<>();
    for (Planned p : planned) {
      futures.add(
          workers.submit(
              () -> {
                Result r = runOne(settings, p, watchdog);
                log(
                    "["
                        + done.incrementAndGet()
                        + "/"
                        + planned.size()
                        + "] "
                        + r.status()
                        + " "
                        + seconds(r.time())
                        + " "
                        + p.mutant().operator()
                        + " stubs/"
                        + p.mutant().file()
                        + ":"
                        + r.line()
                        + " "
                        + p.mutant().description()
                        + (r.coveredBy().isEmpty()
                            ? ""
                            : " (" + r.coveredBy().size() + " scenarios)"));
                return r;
              }));
    }
    List<Result> results = new ArrayList<>();
    try {
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("Interrupted", e);
    } catch (ExecutionException e) {
      throw new HarnessException("A mutant's run failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
      watchdog.shutdownNow();
    }
    return new Outcome(
        baseline,
        baselineTime,
        List.copyOf(sites.values()),
        sources,
        results,
        madeInAll,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private record Planned(
      int id, ModelSite site, Mutant mutant, String text, List<Scenario> covering) {}

  private static Result runOne(Settings settings, Planned p, ScheduledExecutorService watchdog)
      throws IOException {
    Mutant m = p.mutant();
    Optional<String> assumption = p.site().assumptions().reasonFor(m);
    if (p.covering().isEmpty()) {
      return result(
          p, Status.NoCoverage, "この変更のファイルに到達した手順がありません", List.of(), Duration.ZERO, assumption);
    }
    Duration bound =
        p.covering().stream()
            .map(Scenario::time)
            .reduce(Duration.ZERO, Duration::plus)
            .multipliedBy(3)
            .plusSeconds(60);
    long start = System.nanoTime();
    List<String> failing;
    try (OwnedDirectory copy = OwnedDirectory.create("mutant")) {
      Path stubs = copy.resolve("stubs");
      RealStubs.copy(settings.stubs(), stubs);
      Files.writeString(stubs.resolve(m.file()), m.applyTo(p.text()), StandardCharsets.UTF_8);
      Thread self = Thread.currentThread();
      ScheduledFuture<?> stop =
          watchdog.schedule(self::interrupt, bound.toMillis(), TimeUnit.MILLISECONDS);
      try {
        // The quickest first: the first failure ends the mutant's run.
        failing =
            CucumberRuns.failing(
                settings.glue(),
                stubs,
                p.covering().stream().sorted(Comparator.comparing(Scenario::time)).toList());
      } finally {
        stop.cancel(false);
        Thread.interrupted();
        SimulatedNetworks.closeIdle(stubs);
      }
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    Status status;
    String reason;
    if (time.compareTo(bound) > 0) {
      status = Status.Timeout;
      reason = "上限 " + seconds(bound) + " を超えました";
    } else if (!failing.isEmpty()) {
      status = Status.Killed;
      reason = "手順「" + failing.get(0) + "」が失敗しました（ほかの手順は実行していません）";
    } else {
      status = Status.Survived;
      reason = p.covering().size() + " 件の手順がすべて成功しました";
    }
    return result(p, status, reason, failing, time, assumption);
  }

  /** {@code p}'s result, placed at the mutated words' lines and columns. */
  private static Result result(
      Planned p,
      Status status,
      String reason,
      List<String> failing,
      Duration time,
      Optional<String> assumption) {
    Mutant m = p.mutant();
    int[] from = lineColumn(p.text(), m.shown().offset());
    int[] to = lineColumn(p.text(), m.shown().offset() + Math.max(m.shown().length(), 1));
    return new Result(
        p.id(),
        p.site(),
        m,
        from[0],
        from[1],
        to[0],
        to[1],
        status,
        reason,
        p.covering(),
        failing,
        time,
        assumption);
  }

  /** The 1-based line and column of {@code offset} in {@code text}. */
  static int[] lineColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  static void log(String line) {
    System.out.println("tejun mutants: " + line);
    System.out.flush();
  }
}
