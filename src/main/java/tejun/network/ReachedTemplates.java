package tejun.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates under {@code __files} a stub's {@code bodyFileName} may have rendered: the file it
 * names, or, for a templated name ({@code host/{{#if …}}a.html{{else}}b.html{{/if}}}), every file
 * its literal parts can name; and with a framed page ({@code {{#page-frame 'host' …}}}) that host's
 * {@code _frame.html}, which the page-frame helper draws around it. More rather than fewer: a
 * scenario counted as reaching a template it did not is only run once more for nothing.
 */
final class ReachedTemplates {
  private static final Pattern TAG = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern FRAME = Pattern.compile("\\{\\{#page-frame\\s+'([^']+)'");

  private ReachedTemplates() {}

  static List<String> of(Path files, String bodyFileName) {
    if (bodyFileName == null || bodyFileName.isBlank()) {
      return List.of();
    }
    Set<String> bodies = new LinkedHashSet<>();
    if (!bodyFileName.contains("{{")) {
      bodies.add(bodyFileName);
    } else {
      Matcher tag = TAG.matcher(bodyFileName);
      int first = tag.find() ? tag.start() : bodyFileName.length();
      String prefix = bodyFileName.substring(0, first);
      List<String> literals = new ArrayList<>();
      for (String part : TAG.split(bodyFileName.substring(first))) {
        if (!part.isBlank()) {
          literals.add(part);
        }
      }
      for (String literal : literals) {
        if (Files.isRegularFile(files.resolve(prefix + literal))) {
          bodies.add(prefix + literal);
        }
      }
    }
    for (String body : List.copyOf(bodies)) {
      frameOf(files, body).ifPresent(bodies::add);
    }
    return List.copyOf(bodies);
  }

  private static java.util.Optional<String> frameOf(Path files, String body) {
    try {
      Path file = files.resolve(body);
      if (!Files.isRegularFile(file)) {
        return java.util.Optional.empty();
      }
      Matcher frame = FRAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
      return frame.find()
          ? java.util.Optional.of(frame.group(1) + "/_frame.html")
          : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
