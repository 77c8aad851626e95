package tejun.records;

import java.util.List;

/**
 * What a step compared with the screen and found ({@link tejun.ScenarioRecords#COMPARED_TYPE}),
 * attached right after the step's screen: the report frames the words on it, in a colour of their
 * own, and counts a manual's quoted word as checked only when a step's comparison found it.
 *
 * @param cssWidth the width in CSS pixels of the page after the step, to place the boxes on its
 *     image
 */
public record ComparedRecord(int cssWidth, List<Word> words) {
  /**
   * Words a step compared: {@code on} is {@code title} (the window's title), {@code before} (a
   * label it pressed, on the screen before it acted), {@code after} (words it read, on the screen
   * after it) or {@code nowhere} (equal to what it read, but not found on any screen shown:
   * compared with something other than the screen). {@code box} is null for a title and for
   * nowhere.
   */
  public record Word(String words, String on, Box box) {
    public boolean foundOnScreen() {
      return !"nowhere".equals(on);
    }
  }
}
