package tejun.hooks;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriverException;
import tejun.browser.Acting;
import tejun.pages.Compared;
import tejun.records.Box;
import tejun.records.ComparedRecord;

/**
 * Locates what a step read on the screen after it: for each of its words, the smallest shown
 * element (or field, by its value) whose words contain them, as a reader compares them (full and
 * half width alike, spaces ignored). One round trip for all of a step's words.
 */
final class ComparedWords {
  private static final String LOCATE =
      """
      const norm = s => (s || '').normalize('NFKC').replace(/\\s+/g, '');
      const said = [];
      for (const e of document.querySelectorAll('body, body *')) {
        if (!e.checkVisibility({visibilityProperty: true})) continue;
        const field = e.tagName === 'INPUT' || e.tagName === 'TEXTAREA';
        const text = field ? e.value : e.tagName === 'SELECT'
            ? (e.selectedOptions[0] || {}).text : e.innerText;
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) said.push([e, norm(text), r.width * r.height]);
      }
      return arguments[0].map(w => {
        const n = norm(w);
        let best = null;
        for (const s of said) if (s[1].includes(n) && (!best || s[2] < best[2])) best = s;
        return best ? box(best[0]) : null;
      });
      """
          + Acting.BOX_FUNCTION;

  private ComparedWords() {}

  /** {@code words} with the read ones placed on {@code screen}'s page, or nowhere. */
  static List<ComparedRecord.Word> located(List<Compared.Word> words, JavascriptExecutor screen) {
    List<String> read =
        words.stream().filter(w -> w.on() == Compared.On.AFTER).map(Compared.Word::words).toList();
    List<?> boxes = read.isEmpty() || screen == null ? List.of() : locate(screen, read);
    List<ComparedRecord.Word> placed = new ArrayList<>();
    int next = 0;
    for (Compared.Word w : words) {
      switch (w.on()) {
        case TITLE -> placed.add(new ComparedRecord.Word(w.words(), "title", null));
        case BEFORE -> placed.add(new ComparedRecord.Word(w.words(), "before", box(w.box())));
        case AFTER -> {
          Rectangle r = next < boxes.size() ? Acting.rectangle(boxes.get(next)) : null;
          next++;
          placed.add(
              r == null
                  ? new ComparedRecord.Word(w.words(), "nowhere", null)
                  : new ComparedRecord.Word(w.words(), "after", box(r)));
        }
      }
    }
    return placed;
  }

  private static List<?> locate(JavascriptExecutor screen, List<String> words) {
    try {
      return (List<?>) screen.executeScript(LOCATE, words);
    } catch (WebDriverException e) {
      return List.of();
    }
  }

  private static Box box(Rectangle r) {
    return r == null ? null : new Box(r.getX(), r.getY(), r.getWidth(), r.getHeight());
  }
}
