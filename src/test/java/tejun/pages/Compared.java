package tejun.pages;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Rectangle;

/**
 * What the step in progress compared with the screen, as it compared it: a title it waited for, a
 * label it pressed or filled by its words (with the box it found, on the screen before the step
 * acted), and words a check found equal to, or among, what it read. The AfterStep hook locates the
 * read words on the screen after the step and records them for the report, which frames them and
 * counts a manual's word as checked only when a comparison found it.
 *
 * <p>A scenario runs on one thread from its first hook to its last, so the step's log is the
 * thread's: the hook that starts a scenario clears it, the one after each step drains it.
 */
public final class Compared {
  /** Where the words were found: the window's title, the screen before the step, or after it. */
  public enum On {
    TITLE,
    BEFORE,
    AFTER
  }

  /** {@code box} is null for a title, and for read words until the hook has located them. */
  public record Word(String words, On on, Rectangle box) {}

  private static final ThreadLocal<List<Word>> STEP = ThreadLocal.withInitial(ArrayList::new);

  private Compared() {}

  /** The window's title was {@code title}, as a step waited for. */
  public static void title(String title) {
    STEP.get().add(new Word(title, On.TITLE, null));
  }

  /** A link, button or field was found by the words {@code label}, at {@code box}. */
  public static void found(String label, Rectangle box) {
    STEP.get().add(new Word(label, On.BEFORE, box));
  }

  /** A check found {@code words} in what it read from the screen: the hook locates them there. */
  public static void read(String words) {
    if (!words.isBlank()) {
      STEP.get().add(new Word(words, On.AFTER, null));
    }
  }

  /** The step's comparisons, in order; the log starts again empty. */
  public static List<Word> drain() {
    List<Word> step = List.copyOf(STEP.get());
    STEP.get().clear();
    return step;
  }
}
