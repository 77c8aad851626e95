package tejun.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one {@code 出典:} line cites: {@code 出典: 「<manual's title>」(<publisher>)
 * 「<heading>」「<heading>」…}, or {@code 出典: 同 「<heading>」…} for the manual of the line before it. A
 * line not starting with 「 or 同 cites some other source (no manual of the project). Headings are
 * the manual's own, as in its table of contents; brackets may nest (「契約回線認証には「フレッツ網/NGN網」への接続が必要」).
 */
record Citation(Optional<String> manual, List<String> headings) {
  static final String SAME = "同";

  /** Each line of a feature, the 同 lines resolved to the manual of the line before. */
  static List<Citation> of(List<String> references) {
    List<Citation> citations = new ArrayList<>();
    Optional<String> previous = Optional.empty();
    for (String line : references) {
      String text = line.strip();
      Citation c;
      if (text.startsWith(SAME)) {
        c = new Citation(previous, bracketed(text.substring(SAME.length())));
      } else if (text.startsWith("「")) {
        List<String> groups = bracketed(text);
        c = new Citation(Optional.of(groups.get(0)), groups.subList(1, groups.size()));
      } else {
        c = new Citation(Optional.empty(), List.of());
      }
      citations.add(c);
      previous = c.manual();
    }
    return citations;
  }

  /** The outermost 「…」 groups of the text, in order. */
  static List<String> bracketed(String text) {
    List<String> groups = new ArrayList<>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '「' && depth++ == 0) {
        start = i + 1;
      } else if (c == '」' && depth > 0 && --depth == 0) {
        groups.add(text.substring(start, i));
      }
    }
    if (groups.isEmpty()) {
      groups.add(text.strip());
    }
    return groups;
  }

  /**
   * A title or heading as compared: width and spaces ignored (NFKC), and a leading number such as
   * 第2章, 1. or 2-1 left out, so a feature may cite 「1. サービス申込受付ページとは」 or 「サービス申込受付ページとは」.
   */
  static String normal(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).strip();
    n = n.replaceFirst("^(Q\\.|第\\d+章|\\d+(-\\d+)*\\.|\\d+(-\\d+)*(?=\\s))\\s*", "");
    n = n.replaceAll("\\s+", "");
    return n.replaceAll("^[■●◆▼<]+|>+$", "");
  }
}
