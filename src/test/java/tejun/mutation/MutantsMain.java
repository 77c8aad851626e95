package tejun.mutation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import tejun.Glue;
import tejun.mutation.Mutants.Result;
import tejun.mutation.Mutants.Status;

/**
 * {@code sh src/main/sh/mutants.sh [tags] [N]}: model-mutation testing of the procedures with those
 * tags ({@link Mutants}), then {@code target/mutants/mutants.json} and the 変異テスト pages in the
 * report folder. Settings: {@code -Dtejun.mutants.tags}, {@code -Dtejun.mutants.perOperator} (run
 * only the first N mutants of each operator and site; 0, the default: all), {@code
 * -Dtejun.mutants.workers} (mutants at once, default 2), {@code -Dtejun.mutants.operators} (names,
 * comma-separated), {@code -Dtejun.features}, {@code -Dtejun.stubs}, {@code -Dtejun.reportDir}.
 */
public final class MutantsMain {
  private MutantsMain() {}

  public static void main(String[] args) throws Exception {
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
    Mutants.Settings settings =
        new Mutants.Settings(
            Path.of(System.getProperty("tejun.features", "features")),
            tags,
            Path.of(System.getProperty("tejun.stubs", "stubs")),
            System.getProperty("tejun.glue", Glue.EVERY_SITE),
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
    MutantsPage.write(outcome, settings.tags(), settings.reportDir());
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
