package tejun.report;

import io.cucumber.messages.types.Pickle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 手順一覧: every procedure by site and manual, problems first, with the run's date, browser and
 * totals.
 */
final class IndexPage {
  private final AttachmentView attachments;

  IndexPage(AttachmentView attachments) {
    this.attachments = attachments;
  }

  String render(RunModel model) {
    Html h = new Html();
    h.open("main", "id", "main");
    header(h, model);
    runProblems(h, model);
    problems(h, model);
    bySite(h, model);
    runRecords(h, model);
    h.close("main").nl();
    return Layout.page("手順一覧", h.toString());
  }

  private static void header(Html h, RunModel model) {
    List<ScenarioRun> finals = model.finalAttempts();
    Status overall = finals.stream().map(s -> s.status).reduce(Status.PASSED, Status::worst);
    if (model.runHooks.stream().anyMatch(r -> r.status().isProblem()) || runFailed(model)) {
      overall = Status.FAILED;
    }
    if (model.runUnfinished() && !overall.isProblem()) {
      overall = Status.UNKNOWN;
    }
    h.open("header", "class", "page-head st-" + overall.css);
    h.el("h1", "手順一覧");
    h.open("dl", "class", "facts");
    if (model.index.runStarted != null) {
      h.open("div")
          .el("dt", "実行日時")
          .open("dd")
          .el(
              "time",
              Formats.dateTime(model.index.runStarted.getTimestamp()),
              "datetime",
              Formats.isoDateTime(model.index.runStarted.getTimestamp()))
          .close("dd")
          .close("div");
    }
    h.open("div")
        .el("dt", "ブラウザ")
        .el("dd", model.browser.map(BrowserInfo::describe).orElse("記録なし"))
        .close("div");
    if (model.index.runStarted != null && model.index.runFinished != null) {
      h.open("div")
          .el("dt", "全体の所要時間")
          .el(
              "dd",
              Formats.seconds(
                  Formats.nanosBetween(
                      model.index.runStarted.getTimestamp(),
                      model.index.runFinished.getTimestamp())))
          .close("div");
    }
    h.close("dl");
    totals(h, finals, model.notStarted.size(), overall);
    h.close("header").nl();
  }

  private static boolean runFailed(RunModel model) {
    return model.index.runFinished != null
        && (model.index.runFinished.getException().isPresent()
            || model.index.runFinished.getMessage().isPresent());
  }

  private static void totals(Html h, List<ScenarioRun> finals, int notStarted, Status overall) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    finals.forEach(s -> counts.merge(s.status, 1, Integer::sum));
    h.open("section", "class", "totals", "aria-labelledby", "totals-title");
    h.el("h2", "合計", "id", "totals-title");
    h.open("p", "class", "overall").text("全体の結果: ");
    Layout.badge(h, overall);
    h.text("　手順 " + (finals.size() + notStarted) + " 件").close("p");
    h.open("ul", "class", "counts");
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
        h.open("li", "class", "count st-" + s.css + (n == 0 ? " zero" : ""))
            .text(s.word + " ")
            .el("strong", String.valueOf(n))
            .text(" 件")
            .close("li");
      }
    }
    h.close("ul").close("section").nl();
  }

  private void runProblems(Html h, RunModel model) {
    boolean hooks = model.runHooks.stream().anyMatch(r -> r.status() != Status.PASSED);
    boolean other =
        runFailed(model)
            || !model.index.parseErrors.isEmpty()
            || !model.index.undefinedParameterTypes.isEmpty()
            || model.runUnfinished();
    if (!hooks && !other) {
      return;
    }
    h.open("section", "class", "alert st-failed", "aria-labelledby", "run-problems");
    h.el("h2", "テスト実行全体の問題", "id", "run-problems");
    for (RunModel.RunHookRun r : model.runHooks) {
      if (r.status() != Status.PASSED) {
        h.open("div", "class", "run-hook st-" + r.status().css).open("h3").text(r.label() + " ");
        Layout.badge(h, r.status());
        h.close("h3");
        ErrorText.of(r.result(), r.status())
            .map(
                e ->
                    r.status() != Status.FAILED
                        ? e
                        : e.withPlain(
                            r.label().startsWith("全体の前処理")
                                ? "テスト全体の準備で問題が起きたため、手順を実行できませんでした。"
                                : "テスト全体の片付けで問題が起きました。"))
            .ifPresent(e -> e.writeTo(h));
        h.close("div");
      }
    }
    if (runFailed(model)) {
      var f = model.index.runFinished;
      h.open("div", "class", "run-error").el("h3", "テスト実行が途中で止まりました");
      ErrorText.ofRun(f.getMessage().orElse(""), f.getException().orElse(null)).writeTo(h);
      h.close("div");
    }
    if (model.runUnfinished()) {
      h.open("div", "class", "run-error").el("h3", "テスト実行が最後まで記録されていません");
      h.el("p", ScenarioPage.UNFINISHED, "class", "plain");
      if (!model.notStarted.isEmpty()) {
        h.el("p", "「未実行」の " + model.notStarted.size() + " 件は、記録が終わった時点でまだ始まっていなかった手順です。");
      }
      h.close("div");
    }
    for (var p : model.index.parseErrors) {
      h.open("div", "class", "run-error").el("h3", "手順書（feature ファイル）を読めませんでした");
      h.el(
          "p",
          p.getSource().getUri()
              + p.getSource().getLocation().map(l -> " " + l.getLine() + "行目").orElse(""));
      h.el("pre", p.getMessage(), "class", "stack", "lang", "en", "tabindex", "0").close("div");
    }
    for (var u : model.index.undefinedParameterTypes) {
      h.open("div", "class", "run-error").el("h3", "定義されていないパラメーター型");
      h.open("p")
          .el("code", u.getName())
          .text("（" + u.getExpression() + "）")
          .close("p")
          .close("div");
    }
    h.close("section").nl();
  }

  private static void problems(Html h, RunModel model) {
    List<ScenarioRun> bad =
        model.finalAttempts().stream()
            .filter(s -> s.status.isProblem())
            .sorted(Comparator.comparing((ScenarioRun s) -> -s.status.ordinal()))
            .toList();
    if (bad.isEmpty()) {
      return;
    }
    h.open("section", "class", "problems", "aria-labelledby", "problems-title");
    h.el("h2", "確認が必要な手順（" + bad.size() + " 件）", "id", "problems-title");
    h.open("table", "class", "runs").el("caption", "失敗などで最後まで確認できなかった手順");
    h.open("thead")
        .open("tr")
        .el("th", "手順", "scope", "col")
        .el("th", "結果", "scope", "col")
        .el("th", "止まった場所", "scope", "col")
        .el("th", "サイト・マニュアル", "scope", "col")
        .close("tr")
        .close("thead")
        .open("tbody");
    for (ScenarioRun s : bad) {
      h.open("tr", "class", "st-" + s.status.css);
      h.open("th", "scope", "row").el("a", s.title(), "href", s.pageName());
      if (!s.exampleSummary().isEmpty()) {
        h.text(" ").el("span", "例: " + s.exampleSummary(), "class", "attempt");
      }
      h.close("th");
      h.open("td");
      Layout.badge(h, s.status);
      h.close("td");
      Optional<StepRun> step = s.problemStep();
      h.open("td");
      step.ifPresent(
          st -> {
            h.text(st.isHook() ? st.label : "手順 " + st.number + "：" + st.label);
            st.error().ifPresent(e -> h.text(" ").el("span", e.plain(), "class", "why"));
            if (st.result == null && s.unfinished) {
              h.text(" ").el("span", "（記録はここで途切れています）", "class", "why");
            }
          });
      h.close("td");
      h.el("td", s.feature.site() + " ／ " + s.feature.title());
      h.close("tr");
    }
    h.close("tbody").close("table").close("section").nl();
  }

  private static void bySite(Html h, RunModel model) {
    Map<String, Map<String, List<ScenarioRun>>> sites = new LinkedHashMap<>();
    for (FeatureInfo f : model.features.values()) {
      sites
          .computeIfAbsent(f.site(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.uri(), k -> new ArrayList<>());
    }
    for (ScenarioRun s : model.scenarios) {
      sites.get(s.feature.site()).get(s.feature.uri()).add(s);
    }
    h.open("section", "class", "sites", "aria-labelledby", "sites-title");
    h.el("h2", "サイト別・マニュアル別の手順", "id", "sites-title");
    List<String> siteOrder = new ArrayList<>(sites.keySet());
    siteOrder.sort(
        Comparator.comparing(
            site ->
                sites.get(site).values().stream()
                    .flatMap(List::stream)
                    .noneMatch(s -> s.status.isProblem())));
    int featureNo = 0;
    for (String site : siteOrder) {
      h.open("section", "class", "site").el("h3", "サイト: " + site);
      List<String> uris = new ArrayList<>(sites.get(site).keySet());
      uris.sort(
          Comparator.comparing(
              u -> sites.get(site).get(u).stream().noneMatch(s -> s.status.isProblem())));
      for (String uri : uris) {
        feature(h, model, model.features.get(uri), sites.get(site).get(uri), ++featureNo);
      }
      h.close("section").nl();
    }
    h.close("section").nl();
  }

  private static void feature(
      Html h, RunModel model, FeatureInfo f, List<ScenarioRun> runs, int no) {
    List<Pickle> skipped =
        model.notStarted.stream().filter(p -> p.getUri().equals(f.uri())).toList();
    h.open("section", "class", "feature", "aria-labelledby", "feature-" + no);
    h.el("h4", "マニュアル: " + f.title(), "id", "feature-" + no);
    if (!f.references().isEmpty()) {
      h.open("ul", "class", "refs");
      f.references().forEach(r -> h.el("li", "出典: " + r));
      h.close("ul");
    }
    if (runs.isEmpty() && skipped.isEmpty()) {
      h.el("p", "このマニュアルには実行された手順がありません。").close("section");
      return;
    }
    // Problems first, then in the manual's own order (a parallel run starts scenarios in any
    // order).
    List<String> manualOrder = new ArrayList<>(model.index.pickles.keySet());
    List<ScenarioRun> ordered = new ArrayList<>(runs);
    ordered.sort(
        Comparator.comparing((ScenarioRun s) -> !s.status.isProblem() || s.willBeRetried)
            .thenComparingInt(s -> manualOrder.indexOf(s.pickle.getId()))
            .thenComparingInt(ScenarioRun::attempt));
    h.open("table", "class", "runs").el("caption", f.title() + " の手順", "class", "vh");
    h.open("thead")
        .open("tr")
        .el("th", "手順", "scope", "col")
        .el("th", "結果", "scope", "col")
        .el("th", "所要時間", "scope", "col")
        .close("tr")
        .close("thead")
        .open("tbody");
    for (ScenarioRun s : ordered) {
      h.open("tr", "class", "st-" + s.status.css + (s.willBeRetried ? " retried" : ""));
      h.open("th", "scope", "row").el("a", s.title(), "href", s.pageName());
      if (!s.exampleSummary().isEmpty()) {
        h.text(" ").el("span", "例: " + s.exampleSummary(), "class", "attempt");
      }
      if (s.attempt() > 0 || s.willBeRetried) {
        h.text(" ")
            .el(
                "span",
                "（" + (s.attempt() + 1) + "回目の試行" + (s.willBeRetried ? "・再試行あり" : "") + "）",
                "class",
                "attempt");
      }
      h.close("th").open("td");
      Layout.badge(h, s.status);
      h.close("td")
          .el("td", s.unfinished ? "—" : Formats.seconds(s.nanos), "class", "num")
          .close("tr");
    }
    for (Pickle p : skipped) {
      h.open("tr", "class", "st-skipped")
          .open("th", "scope", "row")
          .text(p.getName())
          .text(" ")
          .el("span", model.runUnfinished() ? "（実行の記録がありません）" : "（実行されませんでした）", "class", "attempt")
          .close("th")
          .open("td");
      Layout.badge(h, Status.SKIPPED);
      h.close("td").el("td", "—", "class", "num").close("tr");
    }
    h.close("tbody").close("table").close("section").nl();
  }

  private void runRecords(Html h, RunModel model) {
    boolean hookAtt = model.runHooks.stream().anyMatch(r -> !r.attachments().isEmpty());
    if (!hookAtt && model.index.runAttachments.isEmpty()) {
      return;
    }
    h.open("section", "class", "run-records", "aria-labelledby", "run-records-title");
    h.el("h2", "テスト実行全体の記録", "id", "run-records-title");
    for (RunModel.RunHookRun r : model.runHooks) {
      if (!r.attachments().isEmpty()) {
        h.el("h3", r.label());
        r.attachments().forEach(a -> attachments.render(h, a, r.label()));
      }
    }
    if (!model.index.runAttachments.isEmpty()) {
      h.el("h3", "その他の記録");
      model.index.runAttachments.forEach(a -> attachments.render(h, a, "テスト実行全体"));
    }
    h.close("section").nl();
  }
}
