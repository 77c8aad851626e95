package tejun.report;

import java.util.List;
import java.util.stream.Collectors;
import tejun.report.SentenceDictionary.Example;
import tejun.report.SentenceDictionary.Group;
import tejun.report.SentenceDictionary.ParameterTypeEntry;
import tejun.report.SentenceDictionary.Sentence;

/** 文の辞書 as {@code docs/sentences.md}: the same entries as the report's page, in Markdown. */
public final class SentencesMarkdown {
  /** Rewrites {@code docs/sentences.md} from a dry run over every feature. */
  public static final String COMMAND = "mvn -q -B test-compile exec:java@sentences";

  private SentencesMarkdown() {}

  /** {@code featureFolders}: the folders of the dry run's features, named in the text. */
  public static String of(SentenceDictionary dictionary, List<String> featureFolders) {
    StringBuilder md = new StringBuilder();
    md.append("# 文の辞書 (sentence dictionary)\n\n")
        .append("> 生成されたファイルです。手で書き換えないでください。ステップ定義か features を変えたら、")
        .append("プロジェクトのフォルダーで次のコマンドで作り直します:\n>\n> `")
        .append(COMMAND)
        .append("`\n>\n> `SentenceDictionaryTest` は、このファイルが古いとき、")
        .append("またはどの手順書も使っていない文があるときに失敗します。\n\n")
        .append("手順書 (feature ファイル) に書ける文の一覧です (")
        .append(
            featureFolders.stream().map(SentencesMarkdown::code).collect(Collectors.joining(" と ")))
        .append(" の手順書から)。共通の文が先、")
        .append("そのあとがサイトごとの文です。`{…}` はパラメーターで、書ける形は")
        .append("[パラメーターの型](#パラメーターの型)にあります。")
        .append("「例」は手順書の実際のステップ、「使用数」はその文を使っている手順書のステップの数です")
        .append(" (背景のステップは1回、シナリオ・アウトラインのステップは例の行数によらず1回と数えます)。\n\n")
        .append("言葉の決まり: **前提** は手順を始める前の状態、**もし** は操作、**ならば** は確かめること")
        .append(" (**かつ** は前の行と同じ種類。`StepKeywordsTest` が確かめます)。")
        .append("「…が表示される」「…と表示される」は、その場所の文言がそのとおりであること (表なら行がそのとおり)。")
        .append("「…と書かれている」「…が記載されている」「…がある」は、その場所の文言の中にその言葉があること")
        .append(" (並びなら、その順に)。\n\n");
    md.append("| 文のまとまり | 定義のパッケージ | 使っている手順書のフォルダー | 文の数 |\n|---|---|---|---:|\n");
    for (Group g : dictionary.groups) {
      md.append(
          row(
              "[" + text(g.title()) + "](#" + anchor(g.title()) + ")",
              code(g.name()),
              g.featureFolders().stream()
                  .map(SentencesMarkdown::code)
                  .collect(Collectors.joining(" ")),
              String.valueOf(g.sentences().size())));
    }
    for (Group g : dictionary.groups) {
      md.append("\n## ").append(g.title()).append("\n\n定義: ").append(code(g.name()));
      if (!g.featureFolders().isEmpty()) {
        md.append(" ／ 使っている手順書: ")
            .append(
                g.featureFolders().stream()
                    .map(SentencesMarkdown::code)
                    .collect(Collectors.joining(" ")));
      }
      md.append("\n\n| 文 | パラメーター | 例 (手順書から) | 使用数 | 定義 |\n|---|---|---|---:|---|\n");
      for (Sentence s : g.sentences()) {
        md.append(
            row(
                code(s.expression()),
                s.parameters().stream()
                    .map(
                        p ->
                            code(p.written())
                                + (p.value().isEmpty() ? "" : "=「" + text(p.value()) + "」"))
                    .collect(Collectors.joining("<br>")),
                s.example() == null ? "(使われていません)" : example(s.example()),
                String.valueOf(s.uses()),
                code(s.definedIn())));
      }
    }
    md.append("\n## パラメーターの型\n\n")
        .append("| 型 | 書ける形 | 使う文の数 | 手順書での値の例 | 定義 |\n|---|---|---:|---|---|\n");
    for (ParameterTypeEntry t : dictionary.parameterTypes) {
      md.append(
          row(
              code(t.written()),
              t.definedIn().isEmpty() ? text(t.form()) : code(t.form()),
              String.valueOf(t.sentences()),
              t.values().stream().map(v -> "「" + text(v) + "」").collect(Collectors.joining(" ")),
              t.definedIn().isEmpty() ? "Cucumber" : code(t.definedIn())));
    }
    return md.toString();
  }

  private static String example(Example e) {
    StringBuilder b = new StringBuilder(code(e.keyword() + " " + e.text()));
    for (List<String> row : e.table()) {
      b.append("<br>").append(code("| " + String.join(" | ", row) + " |"));
    }
    if (e.moreRows()) {
      b.append("<br>(表は全 ").append(e.tableRows()).append(" 行)");
    }
    if (!e.docString().isEmpty()) {
      b.append("<br>(文書: ").append(e.docString().lines().count()).append(" 行)");
    }
    return b.append("<br>").append(text(e.where())).toString();
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  /** A code span in a table cell: its pipes escaped, as GitHub's tables need even there. */
  private static String code(String s) {
    String flat = s.replace('\n', ' ').replace("|", "\\|");
    return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
  }

  private static String text(String s) {
    return s.replace('\n', ' ').replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }

  /** GitHub's heading anchor: lower case, punctuation other than - and _ dropped, spaces as -. */
  private static String anchor(String heading) {
    return heading.toLowerCase().replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
  }
}
