package tejun.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tejun.HarnessException;

/**
 * The manuals each simulated site carries, as {@code stubs/sites/<site>.json} declares them: its
 * {@code name}, and {@code manuals}, each with a {@code title} and the URL of its first screen
 * ({@code start}). The start page lists them through the {@code simulated-sites} helper, so adding
 * a manual adds no code. Other fields of those files are not read here.
 */
final class SiteManuals {
  private static final ObjectMapper JSON = new ObjectMapper();

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Site(String name, List<Manual> manuals) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Manual(String title, String start) {}

  private SiteManuals() {}

  /** Every site in file-name order, as the start page's template sees it: maps and lists. */
  static List<Map<String, Object>> load(Path stubs) {
    Path dir = stubs.resolve("sites");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(f -> read(stubs, f))
          .map(SiteManuals::model)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Site read(Path stubs, Path file) {
    String where = stubs.relativize(file).toString();
    Site site;
    try {
      site = JSON.readValue(Files.readString(file), Site.class);
    } catch (IOException e) {
      throw new HarnessException(
          "Site file "
              + where
              + " is not valid JSON: "
              + NetworkMap.firstLine(e.getMessage())
              + " — fix that file.");
    }
    if (blank(site.name()) || site.manuals() == null) {
      throw new HarnessException(
          "Site file " + where + " needs a \"name\" and \"manuals\" (a list, perhaps empty).");
    }
    for (Manual manual : site.manuals()) {
      if (blank(manual.title()) || !isWebAddress(manual.start())) {
        throw new HarnessException(
            "A manual in "
                + where
                + " needs a \"title\" and a \"start\" that is the http(s) URL of its first screen: "
                + manual);
      }
    }
    return site;
  }

  private static Map<String, Object> model(Site site) {
    return Map.of(
        "name",
        site.name(),
        "manuals",
        site.manuals().stream()
            .map(m -> Map.<String, Object>of("title", m.title(), "start", m.start()))
            .toList());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean isWebAddress(String url) {
    if (blank(url)) {
      return false;
    }
    try {
      URI uri = URI.create(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
