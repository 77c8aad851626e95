package tejun.report;

import tejun.Templates;

/** 文の辞書 ({@code report/dictionary.hbs}): the sentences support staff can write a feature with. */
final class DictionaryPage {
  static final String FILE = "dictionary.html";

  private DictionaryPage() {}

  /** What {@code report/dictionary.hbs} reads. */
  record Model(String title, String stylesheet, SentenceDictionary dictionary) {
    public boolean footer() {
      return true;
    }

    public int total() {
      return dictionary.sentences().size();
    }

    public int unused() {
      return dictionary.unused().size();
    }
  }

  static String render(SentenceDictionary dictionary) {
    return Templates.render("report/dictionary", new Model("文の辞書", Report.CSS, dictionary));
  }
}
