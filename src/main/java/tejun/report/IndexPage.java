package tejun.report;

import io.cucumber.messages.types.Pickle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.Templates;
import tejun.records.BrowserRecord;

/**
 * 手順一覧 ({@code report/index.hbs}): every procedure by site and manual, problems first, with the
 * run's date, browser and totals, and each manual's coverage.
 */
final class IndexPage {
  private final AttachmentView attachments;
  private final SiteNames siteNames;

  IndexPage(AttachmentView attachments, SiteNames siteNames) {
    this.attachments = attachments;
    this.siteNames = siteNames;
  }

  record Count(Status status, int n) {
    public boolean zero() {
      return n == 0;
    }
  }

  record RunProblem(String heading, Status status, ErrorText error, List<String> lines) {}

  record ParseProblem(String where, String message) {}

  record Row(
      String title,
      String href,
      String note,
      Status status,
      String why,
      String where,
      String duration,
      boolean retried,
      String manual) {}

  /** {@code statedDuration}: the time the manual says the procedure takes, or null. */
  record Manual(
      int no,
      String title,
      List<String> references,
      String statedDuration,
      List<Row> rows,
      boolean empty) {}

  record Site(String name, List<Manual> manuals) {}

  record Records(String heading, List<AttachmentView.Shown> shown) {}

  /** What {@code report/index.hbs} reads. */
  record Model(
      String title,
      String stylesheet,
      Status overall,
      List<ScenarioPage.Fact> facts,
      int total,
      List<Count> counts,
      List<RunProblem> runProblems,
      List<ParseProblem> parseErrors,
      List<String> undefinedParameterTypes,
      List<Row> problems,
      List<Coverage.Summary> coverage,
      List<Site> sites,
      List<Records> records,
      BaselineView.ForIndex baseline,
      boolean mutants) {
    public boolean footer() {
      return true;
    }

    public int problemCount() {
      return problems.size();
    }

    public boolean anyRunProblem() {
      return !runProblems.isEmpty() || !parseErrors.isEmpty() || !undefinedParameterTypes.isEmpty();
    }
  }

  String render(RunModel model, Coverage coverage, BaselineChanges changes) {
    return render(model, coverage, changes, false);
  }

  /**
   * The same, with a link to 変異テスト ({@code mutants.html}) when {@code mutants}: the mutation tool's
   * results are in the report folder.
   */
  String render(RunModel model, Coverage coverage, BaselineChanges changes, boolean mutants) {
    List<ScenarioRun> finals = model.finalAttempts();
    Status overall = finals.stream().map(s -> s.status).reduce(Status.PASSED, Status::worst);
    if (model.runHooks.stream().anyMatch(r -> r.status().isProblem()) || model.runFailed()) {
      overall = Status.FAILED;
    }
    if (model.runUnfinished() && !overall.isProblem()) {
      overall = Status.UNKNOWN;
    }
    return Templates.render(
        "report/index",
        new Model(
            "手順一覧",
            Report.CSS,
            overall,
            facts(model),
            finals.size() + model.notStarted.size(),
            counts(finals, model.notStarted.size()),
            runProblems(model),
            model.parseErrors.stream()
                .map(
                    p ->
                        new ParseProblem(
                            p.getSource().getUri()
                                + p.getSource()
                                    .getLocation()
                                    .map(l -> " " + l.getLine() + "行目")
                                    .orElse(""),
                            p.getMessage()))
                .toList(),
            model.undefinedParameterTypes().stream()
                .map(u -> u.getName() + "（" + u.getExpression() + "）")
                .toList(),
            problems(model),
            coverage.summaries(),
            sites(model),
            records(model),
            BaselineView.forIndex(changes, model),
            mutants));
  }

  private static List<ScenarioPage.Fact> facts(RunModel model) {
    List<ScenarioPage.Fact> facts = new ArrayList<>();
    model
        .runStarted()
        .ifPresent(
            t ->
                facts.add(
                    new ScenarioPage.Fact("実行日時", Formats.dateTime(t), Formats.isoDateTime(t))));
    facts.add(
        new ScenarioPage.Fact(
            "ブラウザ", model.browser.map(BrowserRecord::describe).orElse("記録なし"), null));
    if (!model.runUnfinished()) {
      model
          .runDuration()
          .ifPresent(d -> facts.add(new ScenarioPage.Fact("全体の所要時間", Formats.seconds(d), null)));
    }
    return facts;
  }

  private static List<Count> counts(List<ScenarioRun> finals, int notStarted) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    finals.forEach(s -> counts.merge(s.status, 1, Integer::sum));
    List<Count> shown = new ArrayList<>();
    for (Status s :
        List.of(
            Status.FAILED,
            Status.AMBIGUOUS,
            Status.UNDEFINED,
            Status.PENDING,
            Status.UNKNOWN,
            Status.SKIPPED,
            Status.PASSED)) {
      int n = counts.getOrDefault(s, 0) + (s == Status.SKIPPED ? notStarted : 0);
      if (n > 0 || s == Status.PASSED || s == Status.FAILED) {
        shown.add(new Count(s, n));
      }
    }
    return shown;
  }

  private static List<RunProblem> runProblems(RunModel model) {
    List<RunProblem> problems = new ArrayList<>();
    for (RunModel.RunHookRun r : model.runHooks) {
      if (r.status() != Status.PASSED) {
        ErrorText error =
            ErrorText.of(r.result(), r.status())
                .map(
                    e ->
                        r.status() != Status.FAILED
                            ? e
                            : e.withPlain(
                                r.isAfterAll()
                                    ? "テスト全体の片付けで問題が起きました。"
                                    : "テスト全体の準備で問題が起きたため、手順を実行できませんでした。"))
                .orElse(null);
        problems.add(new RunProblem(r.label(), r.status(), error, List.of()));
      }
    }
    model
        .runFinished()
        .filter(f -> model.runFailed())
        .ifPresent(
            f ->
                problems.add(
                    new RunProblem(
                        "テスト実行が途中で止まりました",
                        null,
                        ErrorText.ofRun(f.getMessage().orElse(""), f.getException().orElse(null)),
                        List.of())));
    if (model.runUnfinished()) {
      List<String> lines = new ArrayList<>(List.of(ScenarioPage.UNFINISHED));
      if (!model.notStarted.isEmpty()) {
        lines.add("「未実行」の " + model.notStarted.size() + " 件は、記録が終わった時点でまだ始まっていなかった手順です。");
      }
      problems.add(new RunProblem("テスト実行が最後まで記録されていません", null, null, lines));
    }
    return problems;
  }

  private List<Row> problems(RunModel model) {
    return model.finalAttempts().stream()
        .filter(s -> s.status.isProblem())
        .sorted(Comparator.comparing((ScenarioRun s) -> -s.status.ordinal()))
        .map(
            s -> {
              Optional<StepRun> step = s.problemStep();
              String where =
                  step.map(st -> st.isHook() ? st.label : "手順 " + st.number + "：" + st.label)
                      .orElse("");
              String why =
                  step.flatMap(StepRun::error).map(ErrorText::plain).orElse("")
                      + (step.map(st -> st.result == null && s.unfinished).orElse(false)
                          ? "（記録はここで途切れています）"
                          : "");
              return new Row(
                  s.title(),
                  s.pageName(),
                  s.exampleSummary().isEmpty() ? "" : "例: " + s.exampleSummary(),
                  s.status,
                  why,
                  where,
                  "",
                  false,
                  siteNames.of(s.feature.site()) + " ／ " + s.feature.title());
            })
        .toList();
  }

  private List<Site> sites(RunModel model) {
    Map<String, Map<String, List<ScenarioRun>>> bySite = new LinkedHashMap<>();
    for (FeatureInfo f : model.features.values()) {
      bySite
          .computeIfAbsent(f.site(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.uri(), k -> new ArrayList<>());
    }
    for (ScenarioRun s : model.scenarios) {
      bySite.get(s.feature.site()).get(s.feature.uri()).add(s);
    }
    List<String> siteOrder = new ArrayList<>(bySite.keySet());
    siteOrder.sort(Comparator.comparing(site -> !hasProblem(bySite.get(site).values())));
    List<String> pickleOrder = model.pickleOrder();
    List<Site> sites = new ArrayList<>();
    int featureNo = 0;
    for (String site : siteOrder) {
      Map<String, List<ScenarioRun>> features = bySite.get(site);
      List<String> uris = new ArrayList<>(features.keySet());
      uris.sort(Comparator.comparing(u -> !hasProblem(List.of(features.get(u)))));
      List<Manual> manuals = new ArrayList<>();
      for (String uri : uris) {
        manuals.add(
            manual(model, model.features.get(uri), features.get(uri), ++featureNo, pickleOrder));
      }
      sites.add(new Site(siteNames.of(site), manuals));
    }
    return sites;
  }

  private static boolean hasProblem(java.util.Collection<List<ScenarioRun>> runs) {
    return runs.stream().flatMap(List::stream).anyMatch(s -> s.status.isProblem());
  }

  private static Manual manual(
      RunModel model, FeatureInfo f, List<ScenarioRun> runs, int no, List<String> pickleOrder) {
    List<Pickle> skipped =
        model.notStarted.stream().filter(p -> p.getUri().equals(f.uri())).toList();
    // Problems first, then in the feature's own order (a parallel run starts them in any order).
    List<ScenarioRun> ordered = new ArrayList<>(runs);
    ordered.sort(
        Comparator.comparing((ScenarioRun s) -> !s.status.isProblem() || s.willBeRetried)
            .thenComparingInt(s -> pickleOrder.indexOf(s.pickle.getId()))
            .thenComparingInt(ScenarioRun::attempt));
    List<Row> rows = new ArrayList<>();
    for (ScenarioRun s : ordered) {
      String note = s.exampleSummary().isEmpty() ? "" : "例: " + s.exampleSummary();
      if (s.attempt() > 0 || s.willBeRetried) {
        note +=
            (note.isEmpty() ? "" : " ")
                + "（"
                + (s.attempt() + 1)
                + "回目の試行"
                + (s.willBeRetried ? "・再試行あり" : "")
                + "）";
      }
      rows.add(
          new Row(
              s.title(),
              s.pageName(),
              note,
              s.status,
              "",
              "",
              s.unfinished ? "—" : Formats.seconds(s.duration),
              s.willBeRetried,
              ""));
    }
    for (Pickle p : skipped) {
      rows.add(
          new Row(
              p.getName(),
              null,
              model.runUnfinished() ? "（実行の記録がありません）" : "（実行されませんでした）",
              Status.SKIPPED,
              "",
              "",
              "—",
              false,
              ""));
    }
    return new Manual(no, f.title(), f.references(), f.statedDuration(), rows, rows.isEmpty());
  }

  private List<Records> records(RunModel model) {
    List<Records> records = new ArrayList<>();
    for (RunModel.RunHookRun r : model.runHooks) {
      if (!r.attachments().isEmpty()) {
        records.add(
            new Records(
                r.label(),
                r.attachments().stream().map(a -> attachments.show(a, r.label())).toList()));
      }
    }
    if (!model.runAttachments.isEmpty()) {
      records.add(
          new Records(
              "その他の記録",
              model.runAttachments.stream().map(a -> attachments.show(a, "テスト実行全体")).toList()));
    }
    return records;
  }
}
