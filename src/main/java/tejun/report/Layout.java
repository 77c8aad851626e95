package tejun.report;

/** The frame shared by every page: language, title, style sheet, skip link, footer. */
final class Layout {
  static final String CSS = "report.css";

  private Layout() {}

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + Html.esc(title)
        + "</title>\n"
        + "<link rel=\"stylesheet\" href=\""
        + CSS
        + "\">\n</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">本文へ移動</a>\n"
        + body
        + "<footer class=\"page-footer\"><p>この報告書は Cucumber の実行記録（messages.ndjson）から作られました。"
        + "技術者向けの Cucumber HTML レポートと JUnit XML は target/ フォルダーにあります。</p></footer>\n"
        + "</body>\n</html>\n";
  }

  static void badge(Html h, Status s) {
    h.open("span", "class", "badge st-" + s.css)
        .el("span", s.mark(), "aria-hidden", "true")
        .text(" " + s.word)
        .close("span");
  }
}
