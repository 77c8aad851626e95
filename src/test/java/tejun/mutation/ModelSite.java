package tejun.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site whose procedures ran, and its part of the model: {@code key} (its features' folder, its
 * {@code stubs/sites/<key>.json}), its name, its hosts, its manuals' titles and quoted words
 * ({@code features/<key>/*.quotes.json}), and the survivors explained ({@link Assumptions}).
 */
record ModelSite(
    String key,
    String name,
    List<String> hosts,
    List<String> manuals,
    List<String> quotes,
    Assumptions assumptions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ModelSite load(String key, Path featureFolder, Path stubs) throws IOException {
    Path data = stubs.resolve("sites").resolve(key + ".json");
    String name = key;
    List<String> hosts = new ArrayList<>();
    if (Files.isRegularFile(data)) {
      JsonNode site = JSON.readTree(data.toFile());
      name = site.path("name").asText(key);
      site.path("hosts").forEach(h -> hosts.add(h.asText()));
    }
    List<String> manuals = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(featureFolder, "*.quotes.json")) {
      for (Path file : files) {
        JsonNode q = JSON.readTree(file.toFile());
        manuals.add(q.path("title").asText(file.getFileName().toString()));
        q.path("quotes").forEach(quote -> quotes.add(quote.path("text").asText()));
      }
    }
    return new ModelSite(
        key,
        name,
        List.copyOf(hosts),
        List.copyOf(manuals),
        List.copyOf(quotes),
        Assumptions.read(featureFolder.resolve(Assumptions.FILE)));
  }

  /** The site's files of the model, relative to the stubs folder: mappings, templates, data. */
  List<String> files(Path stubs) throws IOException {
    List<String> files = new ArrayList<>();
    for (String host : hosts) {
      for (String folder : List.of("mappings", "__files")) {
        Path dir = stubs.resolve(folder).resolve(host);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals("_defaults.json"))
              .map(f -> stubs.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .forEach(files::add);
        }
      }
    }
    if (Files.isRegularFile(stubs.resolve("sites").resolve(key + ".json"))) {
      files.add("sites/" + key + ".json");
    }
    return files;
  }

  /**
   * Whether a scenario that reached {@code reached} (a file of the model) reached the site's {@code
   * file}.
   */
  boolean reaches(String file, String reached) {
    if (file.startsWith("sites/")) {
      return hosts.stream()
          .anyMatch(
              h ->
                  reached.startsWith("mappings/" + h + "/")
                      || reached.startsWith("__files/" + h + "/"));
    }
    return file.equals(reached);
  }
}
