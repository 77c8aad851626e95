package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * 「書かれている」 (and 「記載されている」, 「ある」): the words are among what the place says, where 「表示される」 means the
 * place shows exactly them. A list is written when each of its items is there, in the list's order,
 * among the place's items.
 */
public final class Written {
  private Written() {}

  public static void assertWritten(String words, String place, String what) {
    assertTrue(place.contains(words), what + "に「" + words + "」が書かれていない:\n" + place);
    Checks.record(words);
  }

  public static void assertWritten(List<String> items, List<String> place, String what) {
    int at = 0;
    for (String item : items) {
      int found = place.subList(at, place.size()).indexOf(item);
      assertTrue(found >= 0, what + "に「" + item + "」が (この順で) 書かれていない:\n" + place);
      at += found + 1;
    }
    Checks.record(items);
  }
}
