package tejun.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tejun.Templates;
import tejun.mutation.Mutants.Result;
import tejun.mutation.Mutants.Status;
import tejun.mutation.Scenarios.Scenario;

/**
 * 変異テスト, in the report folder: {@code mutants.html}, every site's figures, and {@code
 * mutants-<site>.html} per site: per operator and per manual, how many mutants the procedures
 * killed, how many survived and how many no procedure reached, the mutation score, and each
 * survivor with where it is, what it changed and the procedures that reached it.
 */
final class MutantsPage {
  static final String INDEX = "mutants.html";
  private static final String CSS = "report.css";

  /** What {@code report/mutants.hbs} reads. */
  record Model(
      String title,
      String stylesheet,
      String heading,
      List<Fact> facts,
      List<Row> sites,
      List<Row> operators,
      List<Row> manuals,
      List<Survivor> survivors,
      List<Survivor> explained,
      List<Survivor> timeouts,
      List<Survivor> notReached) {
    public boolean footer() {
      return false;
    }
  }

  record Fact(String label, String value) {}

  /**
   * One line of figures: {@code score} the detected (killed or timed out) of all mutants but the
   * explained, {@code strength} the detected of those a procedure reached.
   */
  record Row(
      String label,
      String href,
      String code,
      int total,
      int killed,
      int survived,
      int explained,
      int noCoverage,
      int timeout,
      String score,
      String strength) {}

  record Survivor(
      String where,
      String operator,
      String description,
      String change,
      List<String> procedures,
      String reason) {}

  private MutantsPage() {}

  static void write(Mutants.Outcome outcome, String tags, Path stubs, Path dir) throws IOException {
    String folder = Scenarios.display(stubs) + "/";
    Files.createDirectories(dir);
    copyCss(dir);
    List<Fact> facts = facts(outcome, tags, outcome.results());
    List<Row> sites = new ArrayList<>();
    for (ModelSite site : outcome.sites()) {
      List<Result> mine = outcome.results().stream().filter(r -> r.site() == site).toList();
      String page = "mutants-" + site.key() + ".html";
      Row total = row(site.name(), page, site.key(), mine);
      sites.add(total);
      List<Row> operators = new ArrayList<>();
      for (Operator o : Operator.values()) {
        List<Result> of = mine.stream().filter(r -> r.mutant().operator() == o).toList();
        if (!of.isEmpty()) {
          operators.add(row(o.japanese(), null, o.name(), of));
        }
      }
      List<Row> manuals = new ArrayList<>();
      for (String manual : site.manuals()) {
        manuals.add(row(manual, null, null, mine));
      }
      Files.writeString(
          dir.resolve(page),
          Templates.render(
              "report/mutants",
              new Model(
                  "変異テスト: " + site.name(),
                  CSS,
                  "変異テスト: " + site.name(),
                  facts(outcome, tags, mine),
                  List.of(total),
                  operators,
                  manuals,
                  survivors(
                      folder, mine, r -> r.status() == Status.Survived && r.assumption().isEmpty()),
                  survivors(
                      folder,
                      mine,
                      r -> r.status() == Status.Survived && r.assumption().isPresent()),
                  survivors(folder, mine, r -> r.status() == Status.Timeout),
                  survivors(folder, mine, r -> r.status() == Status.NoCoverage))),
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve(INDEX),
        Templates.render(
            "report/mutants",
            new Model(
                "変異テスト", CSS, "変異テスト", facts, sites, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of())),
        StandardCharsets.UTF_8);
  }

  private static List<Fact> facts(Mutants.Outcome outcome, String tags, List<Result> results) {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "実行日時",
            ZonedDateTime.now(ZoneId.of("Asia/Tokyo"))
                .format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"))));
    facts.add(new Fact("対象のタグ", tags.isBlank() ? "（すべて）" : tags));
    facts.add(
        new Fact(
            "変異なしで実行した手順",
            outcome.baseline().size() + " 件（" + Mutants.seconds(outcome.baselineTime()) + "）"));
    facts.add(
        new Fact(
            "変異の数",
            results.size()
                + " 件"
                + (outcome.results().size() < outcome.madeInAll()
                    ? "（全体で作った " + outcome.madeInAll() + " 件のうち、操作ごとに先頭から選んで実行）"
                    : "")));
    long ran = results.stream().filter(r -> r.status() != Status.NoCoverage).count();
    java.time.Duration spent =
        results.stream()
            .map(Result::time)
            .reduce(java.time.Duration.ZERO, java.time.Duration::plus);
    facts.add(new Fact("全体の所要時間", Mutants.seconds(outcome.total())));
    facts.add(
        new Fact("変異1件あたり（手順を実行したもの）", ran == 0 ? "—" : Mutants.seconds(spent.dividedBy(ran))));
    return facts;
  }

  private static Row row(String label, String href, String code, List<Result> results) {
    int killed = count(results, Status.Killed);
    int timeout = count(results, Status.Timeout);
    int noCoverage = count(results, Status.NoCoverage);
    int explained =
        (int)
            results.stream()
                .filter(r -> r.status() == Status.Survived && r.assumption().isPresent())
                .count();
    int survived = count(results, Status.Survived) - explained;
    int valid = results.size() - explained;
    int reached = valid - noCoverage;
    return new Row(
        label,
        href,
        code,
        results.size(),
        killed,
        survived,
        explained,
        noCoverage,
        timeout,
        percent(killed + timeout, valid),
        percent(killed + timeout, reached));
  }

  private static int count(List<Result> results, Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
  }

  private static List<Survivor> survivors(
      String folder, List<Result> results, Predicate<Result> which) {
    return results.stream()
        .filter(which)
        .map(
            r ->
                new Survivor(
                    folder + r.mutant().file() + ":" + r.line() + ":" + r.column(),
                    r.mutant().operator().japanese() + "（" + r.mutant().operator().name() + "）",
                    r.mutant().description(),
                    "「" + r.mutant().original() + "」→「" + r.mutant().replacement() + "」",
                    r.coveredBy().stream().map(MutantsPage::procedure).toList(),
                    r.assumption().orElse(r.status() == Status.Survived ? "" : r.reason())))
        .toList();
  }

  private static String procedure(Scenario s) {
    return s.name() + "（" + s.id() + "）";
  }

  private static void copyCss(Path dir) throws IOException {
    Path css = dir.resolve(CSS);
    if (Files.exists(css)) {
      return;
    }
    try (InputStream in = tejun.report.ReportMain.class.getResourceAsStream(CSS)) {
      if (in != null) {
        Files.write(css, in.readAllBytes());
      }
    }
  }
}
