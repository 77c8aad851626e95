package tejun.mutation;

import java.util.Comparator;
import java.util.List;

/**
 * One change to one file of the model: {@code file} relative to the stubs folder ({@code
 * mappings/<host>/….json}, {@code __files/<host>/….html}, {@code sites/<site>.json}), the edits
 * that make it (the first is where it is shown), what the changed text was and became, and what it
 * means in words.
 */
record Mutant(
    Operator operator,
    String file,
    List<Edit> edits,
    String original,
    String replacement,
    String description) {

  /** Replaces {@code length} characters at {@code offset} with {@code text}. */
  record Edit(int offset, int length, String text) {}

  /** The file's text with the edits made. */
  String applyTo(String text) {
    StringBuilder b = new StringBuilder(text);
    List<Edit> backwards =
        edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed()).toList();
    for (Edit e : backwards) {
      b.replace(e.offset(), e.offset() + e.length(), e.text());
    }
    return b.toString();
  }

  Edit shown() {
    return edits.get(0);
  }
}
