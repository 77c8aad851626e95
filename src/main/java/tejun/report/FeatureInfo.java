package tejun.report;

import io.cucumber.messages.types.Comment;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One feature file, i.e. one manual: its site folder, title, description paragraphs, the manual
 * references given on lines starting with {@code 出典:}, and the time the manual says the procedure
 * takes, on a line starting with {@code 所要時間:} (null when it says none).
 */
record FeatureInfo(
    String uri,
    String site,
    String title,
    List<String> references,
    List<String> paragraphs,
    List<Assumption> assumptions,
    String statedDuration) {

  /** A {@code # 想定:} comment: where the model says more than the manual. */
  record Assumption(String file, long line, String scenario, String text) {}

  private static final java.util.regex.Pattern ASSUMPTION =
      java.util.regex.Pattern.compile("^\\s*#\\s*想定\\s*[:：]\\s*(.*)$");

  static FeatureInfo of(String uri, Optional<GherkinDocument> doc) {
    Optional<Feature> feature = doc.flatMap(GherkinDocument::getFeature);
    String title = feature.map(Feature::getName).filter(n -> !n.isBlank()).orElse(fileName(uri));
    List<String> refs = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    String duration = null;
    for (String raw : feature.map(Feature::getDescription).orElse("").split("\\R", -1)) {
      String line = raw.strip();
      String ref = reference(line);
      if (ref != null) {
        refs.add(ref);
      } else if (statedDuration(line) != null) {
        duration = statedDuration(line);
      } else if (line.isEmpty()) {
        flush(para, paragraphs);
      } else {
        para.append(para.length() == 0 ? "" : "\n").append(line);
      }
    }
    flush(para, paragraphs);
    return new FeatureInfo(
        uri, site(uri), title, refs, paragraphs, assumptions(uri, doc), duration);
  }

  private static List<Assumption> assumptions(String uri, Optional<GherkinDocument> doc) {
    List<Scenario> scenarios = new ArrayList<>();
    doc.flatMap(GherkinDocument::getFeature)
        .ifPresent(
            f ->
                f.getChildren()
                    .forEach(
                        c -> {
                          c.getScenario().ifPresent(scenarios::add);
                          c.getRule()
                              .ifPresent(
                                  r ->
                                      r.getChildren()
                                          .forEach(
                                              rc -> rc.getScenario().ifPresent(scenarios::add)));
                        }));
    List<Assumption> notes = new ArrayList<>();
    for (Comment c : doc.map(GherkinDocument::getComments).orElse(List.of())) {
      java.util.regex.Matcher m = ASSUMPTION.matcher(c.getText());
      if (m.matches()) {
        long line = c.getLocation().getLine();
        String scenario =
            scenarios.stream()
                .filter(s -> s.getLocation().getLine() <= line)
                .reduce((a, b) -> b)
                .map(Scenario::getName)
                .orElse("");
        notes.add(new Assumption(fileName(uri) + ".feature", line, scenario, m.group(1).strip()));
      }
    }
    return notes;
  }

  private static void flush(StringBuilder para, List<String> paragraphs) {
    if (para.length() > 0) {
      paragraphs.add(para.toString());
      para.setLength(0);
    }
  }

  /** The text after {@code 出典:} (half- or full-width colon), or null. */
  static String reference(String line) {
    if (line.startsWith("出典:") || line.startsWith("出典：")) {
      return line.substring(3).strip();
    }
    return null;
  }

  /** The text after {@code 所要時間:} (half- or full-width colon), or null. */
  static String statedDuration(String line) {
    if (line.startsWith("所要時間:") || line.startsWith("所要時間：")) {
      return line.substring(5).strip();
    }
    return null;
  }

  /** The folder after {@code features/}, else the folder holding the file. */
  static String site(String uri) {
    String path = uri.replaceFirst("^[a-z]+:/*", "");
    String[] parts = path.split("/");
    for (int i = parts.length - 3; i >= 0; i--) {
      if (parts[i].equals("features")) {
        return parts[i + 1];
      }
    }
    return parts.length >= 2 ? parts[parts.length - 2] : "その他";
  }

  static String fileName(String uri) {
    String name = uri.substring(uri.lastIndexOf('/') + 1);
    return name.replaceFirst("\\.feature(\\.md)?$", "");
  }
}
