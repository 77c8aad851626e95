package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleTable;
import io.cucumber.messages.types.PickleTableCell;
import io.cucumber.messages.types.PickleTableRow;
import io.cucumber.messages.types.Snippet;
import io.cucumber.messages.types.TableCell;
import java.util.List;
import java.util.Optional;
import tejun.ScenarioRecords;

/** One scenario's page: reads like the manual, one step after another, each with its screenshot. */
final class ScenarioPage {
  static final String UNFINISHED =
      "実行の記録が途中で終わっています。テストの実行が途中で止まったか、" + "実行中にこの報告書を作ったため、結果は確定していません。";
  private final AttachmentView attachments;

  ScenarioPage(AttachmentView attachments) {
    this.attachments = attachments;
  }

  String render(ScenarioRun run) {
    Html h = new Html();
    FeatureInfo f = run.feature;
    h.open("nav", "class", "crumbs", "aria-label", "現在位置")
        .open("ol")
        .open("li")
        .el("a", "手順一覧", "href", "index.html")
        .close("li")
        .el("li", f.site())
        .el("li", f.title())
        .close("ol")
        .close("nav")
        .nl();
    h.open("main", "id", "main");
    header(h, run);
    reference(h, f);
    problem(h, run);
    description(h, run);
    h.open("section", "class", "steps-section", "aria-labelledby", "steps-title");
    h.el("h2", "手順", "id", "steps-title");
    h.open("ol", "class", "steps");
    for (StepRun s : run.steps) {
      if (s.isShown()) {
        step(h, run, s);
      }
    }
    h.close("ol");
    if (run.steps.isEmpty()) {
      h.el("p", "この手順には、実行する手順が書かれていません。");
    }
    h.close("section");
    if (!run.caseAttachments.isEmpty()) {
      h.open("section", "aria-labelledby", "case-att").el("h2", "この手順全体の記録", "id", "case-att");
      run.caseAttachments.forEach(a -> attachments.render(h, a, "手順全体"));
      h.close("section");
    }
    h.close("main").nl();
    String example = run.exampleSummary().isEmpty() ? "" : "［例: " + run.exampleSummary() + "］";
    return Layout.page(
        run.title() + example + "（" + run.status.word + "）- " + f.title(), h.toString());
  }

  private void header(Html h, ScenarioRun run) {
    h.open("header", "class", "page-head st-" + run.status.css);
    h.open("h1").text(run.title()).close("h1");
    if (!run.exampleSummary().isEmpty()) {
      // Outline examples share one name: the values tell them apart (also in the tab's title).
      h.el("p", "例: " + run.exampleSummary(), "class", "example-line");
    }
    h.open("p", "class", "result-line").text("結果: ");
    Layout.badge(h, run.status);
    h.text("　所要時間: " + Formats.seconds(run.nanos) + (run.unfinished ? "（記録されている分）" : ""))
        .close("p");
    h.open("dl", "class", "facts");
    fact(h, "マニュアル", run.feature.title());
    fact(h, "サイト", run.feature.site());
    h.open("div")
        .el("dt", "実行日時")
        .open("dd")
        .el(
            "time",
            Formats.dateTime(run.started.getTimestamp()),
            "datetime",
            Formats.isoDateTime(run.started.getTimestamp()))
        .close("dd")
        .close("div");
    run.browser.ifPresent(b -> fact(h, "ブラウザ", b.describe()));
    if (run.attempt() > 0 || run.willBeRetried) {
      fact(h, "試行", (run.attempt() + 1) + "回目" + (run.willBeRetried ? "（このあと再試行されました）" : ""));
    }
    if (!run.tags().isEmpty()) {
      fact(h, "タグ", String.join("　", run.tags()));
    }
    h.close("dl");
    h.close("header").nl();
  }

  private static void fact(Html h, String label, String value) {
    h.open("div").el("dt", label).el("dd", value).close("div");
  }

  private static void reference(Html h, FeatureInfo f) {
    if (f.references().isEmpty()) {
      return;
    }
    h.open("section", "class", "reference", "aria-labelledby", "ref-title");
    h.el("h2", "出典（マニュアルの該当箇所）", "id", "ref-title");
    h.open("ul");
    f.references().forEach(r -> h.el("li", r));
    h.close("ul").close("section").nl();
  }

  private static void problem(Html h, ScenarioRun run) {
    Optional<StepRun> bad = run.problemStep();
    if (bad.isEmpty() && !run.unfinished) {
      return;
    }
    h.open("section", "class", "alert st-" + run.status.css, "aria-labelledby", "alert-title");
    h.el(
        "h2",
        run.unfinished && run.status == Status.UNKNOWN
            ? "この手順は最後まで記録されていません"
            : "この手順は「" + run.status.word + "」でした",
        "id",
        "alert-title");
    if (run.unfinished) {
      h.el("p", UNFINISHED, "class", "plain");
    }
    if (bad.isEmpty()) {
      h.close("section").nl();
      return;
    }
    StepRun s = bad.get();
    String where = s.isHook() ? s.label : "手順 " + s.number + "：" + s.keyword + " " + s.label;
    h.open("p")
        .text(s.result == null ? "記録が途切れた場所: " : "止まった場所: ")
        .el("a", where, "href", "#" + s.anchor())
        .close("p");
    s.error()
        .ifPresent(
            e -> {
              h.el("p", e.plain(), "class", "plain");
              if (!e.firstLine().isEmpty()) {
                h.open("p", "class", "detail")
                    .text("エラーの内容: ")
                    .el("span", e.firstLine(), "lang", "en")
                    .close("p");
              }
            });
    h.close("section").nl();
  }

  private static void description(Html h, ScenarioRun run) {
    FeatureInfo f = run.feature;
    String scenarioText = run.scenario == null ? "" : run.scenario.getDescription().strip();
    if (f.paragraphs().isEmpty() && scenarioText.isEmpty() && run.exampleRow == null) {
      return;
    }
    h.open("section", "class", "description", "aria-labelledby", "desc-title");
    h.el("h2", "この手順について", "id", "desc-title");
    f.paragraphs().forEach(p -> lines(h, p));
    if (!scenarioText.isEmpty()) {
      lines(h, scenarioText.replaceAll("(?m)^[ \\t]+", ""));
    }
    if (run.exampleRow != null) {
      h.open("table", "class", "example").el("caption", "この例で使う値");
      if (run.exampleHeader != null) {
        h.open("thead").open("tr");
        run.exampleHeader.getCells().forEach(c -> h.el("th", c.getValue(), "scope", "col"));
        h.close("tr").close("thead");
      }
      h.open("tbody").open("tr");
      for (TableCell c : run.exampleRow.getCells()) {
        h.el("td", c.getValue());
      }
      h.close("tr").close("tbody").close("table");
    }
    h.close("section").nl();
  }

  /**
   * A paragraph keeping the manual's own line breaks (Japanese lines must not be joined by spaces).
   */
  private static void lines(Html h, String paragraph) {
    h.open("p");
    String[] lines = paragraph.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      h.text(lines[i]);
      if (i + 1 < lines.length) {
        h.raw("<br>");
      }
    }
    h.close("p");
  }

  private void step(Html h, ScenarioRun run, StepRun s) {
    h.open(
        "li", "class", "step st-" + s.status.css + (s.isHook() ? " hook" : ""), "id", s.anchor());
    h.open("h3", "class", "step-head");
    if (s.isHook()) {
      h.el("span", s.label, "class", "step-text");
    } else {
      h.el("span", "手順 " + s.number, "class", "step-no").text(" ");
      if (!s.keyword.isEmpty()) {
        h.el("span", s.keyword, "class", "kw").text(" ");
      }
      h.el("span", s.label, "class", "step-text");
    }
    h.close("h3");
    h.open("p", "class", "step-result");
    Layout.badge(h, s.status);
    if (s.result != null && s.status != Status.SKIPPED) {
      h.text("　" + Formats.seconds(s.nanos()));
    }
    h.close("p");
    if (s.pickleStep != null) {
      s.pickleStep
          .getArgument()
          .ifPresent(
              arg -> {
                arg.getDocString().ifPresent(d -> docString(h, d));
                arg.getDataTable().ifPresent(t -> table(h, t));
              });
    }
    s.error().ifPresent(e -> error(h, e, s.status));
    snippets(h, s.snippets);
    for (Attachment a : s.attachments) {
      if (Attachments.isShownInSteps(a)) {
        if (s.isHook()) {
          attachments.render(h, a, s.label);
        } else {
          attachments.render(h, a, "この手順の画面", "手順 " + s.number + " の画面");
        }
      }
    }
    for (Attachment a : s.afterStepAttachments) {
      if (Attachments.isShownInSteps(a)) {
        attachments.render(h, a, "この手順の後の画面", "手順 " + s.number + " の後の画面");
      }
    }
    if (!s.failureRecords.isEmpty()) {
      h.open("div", "class", "failure-records");
      h.el("h4", "失敗したときの記録");
      List<Attachment> records = new java.util.ArrayList<>(s.failureRecords);
      records.sort(java.util.Comparator.comparingInt(ScenarioPage::recordOrder));
      records.forEach(a -> attachments.render(h, a, "失敗したとき"));
      h.close("div");
    }
    h.close("li").nl();
  }

  /**
   * Failure records in the order a reader needs them: the screen, where it was, why, the page
   * source.
   */
  private static int recordOrder(Attachment a) {
    String type = Attachments.mediaType(a);
    if (Attachments.isImage(type)) {
      return 0;
    }
    if (type.equals(ScenarioRecords.URL_TYPE)) {
      return 1;
    }
    return type.equals("text/html") ? 3 : 2;
  }

  private static void docString(Html h, PickleDocString d) {
    h.el("pre", d.getContent(), "class", "doc-string", "tabindex", "0");
  }

  private static void table(Html h, PickleTable t) {
    h.open("table", "class", "data-table").el("caption", "この手順で使う表");
    h.open("tbody");
    for (PickleTableRow row : t.getRows()) {
      h.open("tr");
      for (PickleTableCell c : row.getCells()) {
        h.el("td", c.getValue());
      }
      h.close("tr");
    }
    h.close("tbody").close("table");
  }

  private static void error(Html h, ErrorText e, Status status) {
    h.open("div", "class", "error st-" + status.css);
    e.writeTo(h);
    h.close("div");
  }

  private static void snippets(Html h, List<Snippet> snippets) {
    if (snippets.isEmpty()) {
      return;
    }
    h.open("details", "class", "snippets").el("summary", "自動化の雛形（技術者向け）");
    for (Snippet s : snippets) {
      h.el("pre", s.getCode(), "class", "snippet", "lang", "en", "tabindex", "0");
    }
    h.close("details");
  }
}
