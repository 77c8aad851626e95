package tejun.report;

import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTableCell;
import io.cucumber.messages.types.PickleTableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One manual's quoted words ({@link ManualQuotes}), each marked by what proves it in this run: a
 * step that passed whose comparison found the words on a screen of this manual's procedures (a
 * title it waited for, a label it pressed or filled, words it read: {@link StepRun#checkedWords});
 * else the simulated sites' files (on a screen, but no step compares it); else nowhere. Words only
 * typed into a field, or only named in a step's text, prove nothing.
 */
final class QuotedWords {
  enum Where {
    STEP("ステップで確認", "step"),
    SCREEN("画面のみ", "screen"),
    NOWHERE("なし", "nowhere");

    public final String word;
    public final String css;

    Where(String word, String css) {
      this.word = word;
      this.css = css;
    }
  }

  /** {@code assumption}: the quote's 想定, why it is on no screen. */
  record Row(
      String text,
      String heading,
      Where where,
      List<Coverage.ScenarioLink> scenarios,
      String assumption) {
    /** Nowhere, and no 想定 says why: a defect for the maintainer. */
    public boolean unexplained() {
      return where == Where.NOWHERE && (assumption == null || assumption.isBlank());
    }
  }

  /** What the coverage page and the index read. */
  record Table(String file, List<Row> rows) {
    public int total() {
      return rows.size();
    }

    public int checked() {
      return count(Where.STEP);
    }

    public int screenOnly() {
      return count(Where.SCREEN);
    }

    public int nowhere() {
      return count(Where.NOWHERE);
    }

    /** The share checked by a step, rounded down (94.9 % is not 95 %). */
    public String percent() {
      if (rows.isEmpty()) {
        return "—";
      }
      return String.format(Locale.ROOT, "%d%%", (int) Math.floor(100.0 * checked() / total()));
    }

    private int count(Where where) {
      return (int) rows.stream().filter(r -> r.where() == where).count();
    }
  }

  private QuotedWords() {}

  /**
   * {@code scenarios}: the run's scenarios that transcribe this manual (their features cite it), so
   * a word is proved on this manual's screens, not another site's.
   */
  static Table of(
      ManualQuotes quotes, ManualToc toc, List<ScenarioRun> scenarios, StubScreens screens) {
    List<ManualToc.Section> order = toc.sections();
    List<Row> rows = new ArrayList<>();
    for (ManualQuotes.Quote q : quotes.quotes()) {
      String words = ManualQuotes.comparable(q.text());
      Set<Coverage.ScenarioLink> proving = new LinkedHashSet<>();
      for (ScenarioRun s : scenarios) {
        boolean proves =
            s.steps.stream()
                .filter(st -> st.pickleStep != null)
                .anyMatch(st -> checks(st.checkedWords(), words));
        if (proves) {
          proving.add(Coverage.link(s));
        }
      }
      // A 想定 says the words are on no screen: a step that names them cannot prove them there.
      Where where =
          q.assumption() != null
              ? Where.NOWHERE
              : !proving.isEmpty()
                  ? Where.STEP
                  : screens.show(words) ? Where.SCREEN : Where.NOWHERE;
      if (where != Where.STEP) {
        proving.clear();
      }
      rows.add(new Row(q.text(), q.heading(), where, List.copyOf(proving), q.assumption()));
    }
    // In the manual's order; within a heading, as the data lists them.
    rows.sort(Comparator.comparingInt(r -> order.indexOf(toc.sections(r.heading()).get(0))));
    return new Table(
        "features/" + quotes.file().getParent().getFileName() + "/" + quotes.file().getFileName(),
        rows);
  }

  /**
   * Whether one of the words a step checked holds the quote ({@code comparable} form) as a word of
   * its own: a katakana or Latin quote must not run on into more of the same script, so 「ページ」 is
   * not checked by 「ホームページ」, nor 「ID」 by 「IDs」.
   */
  static boolean checks(List<String> checked, String comparableQuote) {
    if (comparableQuote.isEmpty()) {
      return false;
    }
    for (String c : checked) {
      String words = ManualQuotes.comparable(c);
      for (int at = words.indexOf(comparableQuote);
          at >= 0;
          at = words.indexOf(comparableQuote, at + 1)) {
        int end = at + comparableQuote.length();
        if ((at == 0 || !runsOn(words.codePointBefore(at), comparableQuote.codePointAt(0)))
            && (end == words.length()
                || !runsOn(
                    comparableQuote.codePointBefore(comparableQuote.length()),
                    words.codePointAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code b} after {@code a} continues a katakana or Latin word. */
  private static boolean runsOn(int a, int b) {
    return (katakana(a) && katakana(b)) || (latin(a) && latin(b));
  }

  private static boolean katakana(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー';
  }

  private static boolean latin(int c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /** Whether the step's text, data table or doc string has the words ({@code comparable} form). */
  static boolean contains(PickleStep step, String comparableWords) {
    return words(step).stream().anyMatch(w -> ManualQuotes.comparable(w).contains(comparableWords));
  }

  /** What a step says: its text, each cell of its data table, its doc string. */
  static List<String> words(PickleStep step) {
    List<String> words = new ArrayList<>(List.of(step.getText()));
    step.getArgument()
        .ifPresent(
            a -> {
              a.getDocString().map(PickleDocString::getContent).ifPresent(words::add);
              a.getDataTable()
                  .ifPresent(
                      t -> {
                        for (PickleTableRow r : t.getRows()) {
                          r.getCells().stream().map(PickleTableCell::getValue).forEach(words::add);
                        }
                      });
            });
    return words;
  }
}
