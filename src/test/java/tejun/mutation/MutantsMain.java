package tejun.mutation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import tejun.FixtureStubs;
import tejun.Glue;
import tejun.mutation.Mutants.Result;
import tejun.mutation.Mutants.Status;

/**
 * {@code sh src/main/sh/mutants.sh [tags] [N]}: model-mutation testing of the procedures with those
 * tags ({@link Mutants}), then {@code target/mutants/mutants.json} and the 変異テスト pages in the
 * report folder. Settings: {@code -Dtejun.mutants.tags}, {@code -Dtejun.mutants.perOperator} (run
 * only the first N mutants of each operator and site; 0, the default: all), {@code
 * -Dtejun.mutants.workers} (mutants at once, default 2), {@code -Dtejun.mutants.operators} (names,
 * comma-separated), {@code -Dtejun.features}, {@code -Dtejun.stubs}, {@code -Dtejun.glue}, {@code
 * -Dtejun.reportDir}; {@code -Dtejun.mutants.fixture=true} for the harness's fixture sites.
 */
public final class MutantsMain {
  private MutantsMain() {}

  /**
   * Runs, then ends the JVM (its shutdown hooks delete what tejun owns): exec:java would otherwise
   * wait for the kept Chromium's and the pooled networks' threads, holding the build lock, after
   * the work is done.
   */
  public static void main(String[] args) {
    int status = 1;
    try {
      run(args);
      status = 0;
    } catch (Exception | Error e) {
      e.printStackTrace();
    } finally {
      System.out.flush();
      System.exit(status);
    }
  }

  static void run(String[] args) throws Exception {
    String tags = args.length > 0 ? args[0] : System.getProperty("tejun.mutants.tags", "");
    Set<Operator> operators = EnumSet.allOf(Operator.class);
    String only = System.getProperty("tejun.mutants.operators", "");
    if (!only.isBlank()) {
      operators =
          Arrays.stream(only.split(","))
              .map(String::strip)
              .map(Operator::valueOf)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operator.class)));
    }
    Path features = Path.of(System.getProperty("tejun.features", "features"));
    Path stubs = Path.of(System.getProperty("tejun.stubs", "stubs"));
    String glue = System.getProperty("tejun.glue", Glue.EVERY_SITE);
    if (Boolean.getBoolean("tejun.mutants.fixture")) {
      // The harness's own fixture sites: their features, their stubs beside the simulator's.
      features = FixtureStubs.DIR.resolve("features");
      stubs = Path.of("target/mutants/fixture-stubs");
      if (Files.exists(stubs)) {
        try (var old = Files.walk(stubs)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      FixtureStubs.copyTo(stubs);
      glue = Glue.sharedAnd("fixture");
    }
    Mutants.Settings settings =
        new Mutants.Settings(
            features,
            tags,
            stubs,
            glue,
            Path.of("target/mutants"),
            Path.of(System.getProperty("tejun.reportDir", "target/tejun-report")),
            Integer.getInteger("tejun.mutants.workers", 2),
            Integer.getInteger("tejun.mutants.perOperator", 0),
            operators);
    Mutants.Outcome outcome = Mutants.run(settings);
    write(outcome, settings);
    print(outcome);
  }

  static void write(Mutants.Outcome outcome, Mutants.Settings settings) throws Exception {
    MutantsJson.write(outcome, settings.stubs(), settings.out().resolve("mutants.json"));
    MutantsPage.write(outcome, settings.tags(), settings.stubs(), settings.reportDir());
    java.nio.file.Files.copy(
        settings.out().resolve("mutants.json"),
        settings.reportDir().resolve(tejun.report.Report.MUTANTS_JSON),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static void print(Mutants.Outcome outcome) {
    System.out.println();
    System.out.println("site / operator: killed, survived (explained), not reached, timeout");
    for (ModelSite site : outcome.sites()) {
      for (Operator o : Operator.values()) {
        var of =
            outcome.results().stream()
                .filter(r -> r.site() == site && r.mutant().operator() == o)
                .toList();
        if (of.isEmpty()) {
          continue;
        }
        long explained =
            of.stream()
                .filter(r -> r.status() == Status.Survived && r.assumption().isPresent())
                .count();
        System.out.printf(
            "  %s %s: %d killed, %d survived (%d explained), %d not reached, %d timeout%n",
            site.key(),
            o,
            count(of, Status.Killed),
            count(of, Status.Survived),
            explained,
            count(of, Status.NoCoverage),
            count(of, Status.Timeout));
      }
    }
    System.out.println("survivors:");
    for (Result r : outcome.results()) {
      if (r.status() == Status.Survived) {
        System.out.println(
            "  stubs/"
                + r.mutant().file()
                + ":"
                + r.line()
                + " "
                + r.mutant().operator()
                + " "
                + r.mutant().description()
                + r.assumption().map(a -> " (想定: " + a + ")").orElse(""));
      }
    }
    long ran = outcome.results().stream().filter(r -> r.status() != Status.NoCoverage).count();
    var spent =
        outcome.results().stream()
            .map(Result::time)
            .reduce(java.time.Duration.ZERO, java.time.Duration::plus);
    System.out.println(
        "total "
            + Mutants.seconds(outcome.total())
            + " (as they are: "
            + Mutants.seconds(outcome.baselineTime())
            + "); "
            + ran
            + " mutants run, "
            + (ran == 0 ? "-" : Mutants.seconds(spent.dividedBy(ran)))
            + " per mutant (one worker)");
    if (outcome.results().size() < outcome.madeInAll() && ran > 0) {
      double share = (double) outcome.madeInAll() / outcome.results().size();
      System.out.println(
          "estimate for all "
              + outcome.madeInAll()
              + " mutants: about "
              + Math.round(spent.toSeconds() * share / 2 / 60.0)
              + " min with 2 at a time");
    }
  }

  private static long count(java.util.List<Result> results, Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
