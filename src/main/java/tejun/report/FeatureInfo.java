package tejun.report;

import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One feature file, i.e. one manual: its site folder, title, description paragraphs and the manual
 * references given on lines starting with {@code 出典:}.
 */
record FeatureInfo(
    String uri,
    String site,
    String title,
    List<String> references,
    List<String> paragraphs,
    List<String> tags) {

  static FeatureInfo of(String uri, Optional<GherkinDocument> doc) {
    Optional<Feature> feature = doc.flatMap(GherkinDocument::getFeature);
    String title = feature.map(Feature::getName).filter(n -> !n.isBlank()).orElse(fileName(uri));
    List<String> refs = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String raw : feature.map(Feature::getDescription).orElse("").split("\\R", -1)) {
      String line = raw.strip();
      String ref = reference(line);
      if (ref != null) {
        refs.add(ref);
      } else if (line.isEmpty()) {
        flush(para, paragraphs);
      } else {
        para.append(para.length() == 0 ? "" : "\n").append(line);
      }
    }
    flush(para, paragraphs);
    List<String> tags =
        feature.map(f -> f.getTags().stream().map(Tag::getName).toList()).orElse(List.of());
    return new FeatureInfo(uri, site(uri), title, refs, paragraphs, tags);
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
