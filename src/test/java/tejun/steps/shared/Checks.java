package tejun.steps.shared;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import tejun.pages.Compared;

/**
 * JUnit's equality check, recording what it compared: when a step's expected words (a string, a
 * list's items, a table's cells) equal what a page object read from the screen, they are the words
 * the step checked there ({@link Compared}). Steps import these in place of JUnit's, so that a
 * check and its record cannot drift apart. A map's keys are not recorded: a page object may name
 * its columns itself.
 */
public final class Checks {
  private Checks() {}

  public static void assertEquals(Object expected, Object actual) {
    Assertions.assertEquals(expected, actual);
    record(expected);
  }

  public static void assertEquals(Object expected, Object actual, String message) {
    Assertions.assertEquals(expected, actual, message);
    record(expected);
  }

  public static void assertEquals(Object expected, Object actual, Supplier<String> message) {
    Assertions.assertEquals(expected, actual, message);
    record(expected);
  }

  /** Records {@code words} as found, for a check that compared them some other way. */
  static void record(Object words) {
    if (words instanceof String s) {
      Compared.read(s);
    } else if (words instanceof Collection<?> c) {
      c.forEach(Checks::record);
    } else if (words instanceof Map<?, ?> m) {
      m.values().forEach(Checks::record);
    }
  }
}
