package tejun.steps.shared;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads a number as a person does from a message: the first run of digits after a word, with the
 * separators a voice or a sender puts between them (「1、2、3」, 「123 456」, 「：123456」) left out.
 * Full-width digits read as digits.
 */
final class WrittenDigits {
  /** What may stand between two digits of one number. */
  private static final String SEPARATORS = "、,:・-‐ \t";

  /** What may stand between a word and the number it names: 「コード：123」, 「コードは、1、2」. */
  private static final String LEAD_INS = ":は、 \t";

  private WrittenDigits() {}

  /**
   * The digits after {@code word}: where the word names them directly (「ワンタイムキー：123456」,
   * 「認証コードは、1、2、3」), else on the same line as one of its occurrences, else the first ones anywhere
   * after it, so 「ワンタイムキー入力画面で、以下の6桁の…」 does not read as 「6」.
   */
  static Optional<String> after(String text, String word) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String key = Normalizer.normalize(word, Normalizer.Form.NFKC);
    int first = plain.indexOf(key);
    for (int at = first; at >= 0; at = plain.indexOf(key, at + 1)) {
      int start = at + key.length();
      int value = start;
      while (value < plain.length() && LEAD_INS.indexOf(plain.charAt(value)) >= 0) {
        value++;
      }
      if (value < plain.length() && isDigit(plain.charAt(value))) {
        return digits(plain, value, lineEnd(plain, value));
      }
    }
    for (int at = first; at >= 0; at = plain.indexOf(key, at + 1)) {
      int start = at + key.length();
      Optional<String> onLine = digits(plain, start, lineEnd(plain, start));
      if (onLine.isPresent()) {
        return onLine;
      }
    }
    return first < 0 ? Optional.empty() : digits(plain, first + key.length(), plain.length());
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static Optional<String> digits(String text, int from, int to) {
    int i = from;
    while (i < to && !isDigit(text.charAt(i))) {
      i++;
    }
    if (i == to) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder();
    while (i < to) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
      } else if (SEPARATORS.indexOf(c) < 0 || !nextIsDigitAfterSeparators(text, i, to)) {
        break;
      }
      i++;
    }
    return Optional.of(digits.toString());
  }

  private static boolean nextIsDigitAfterSeparators(String text, int i, int to) {
    while (i < to && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < to && isDigit(text.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
