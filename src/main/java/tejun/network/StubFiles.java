package tejun.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tejun.HarnessException;

/**
 * Reads every stub file before WireMock does, so a broken one is reported as one line naming the
 * file and what is wrong with it.
 */
final class StubFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StubFiles() {}

  static void check(Path stubs) {
    Path mappings = stubs.resolve("mappings");
    if (!Files.isDirectory(mappings) || !Files.isRegularFile(stubs.resolve("network.json"))) {
      throw new HarnessException(
          "No stubs at " + stubs.toAbsolutePath() + ": expected mappings/ and network.json there;"
              + " run from the project's top directory or set -Dtejun.stubs=<dir>.");
    }
    jsonFiles(mappings).forEach(file -> checkMappingFile(stubs, file));
  }

  static void checkHostsOnMap(Path stubs, NetworkMap map) {
    try (Stream<Path> dirs = Files.list(stubs.resolve("mappings"))) {
      dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(host -> !host.startsWith("_") && map.networkOf(host).isEmpty())
          .findFirst()
          .ifPresent(
              host -> {
                throw new HarnessException(
                    "stubs/mappings/" + host + "/ has stubs, but stubs/network.json puts " + host
                        + " on no network: add it to the hosts of the network it lives on.");
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HarnessException explain(Path stubs, RuntimeException e) {
    return new HarnessException(
        "WireMock could not load the stubs in " + stubs + ": "
            + NetworkMap.firstLine(e.getMessage()), e);
  }

  private static void checkMappingFile(Path stubs, Path file) {
    String where = stubs.relativize(file).toString();
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      Iterable<JsonNode> mappings = root.has("mappings") ? root.get("mappings") : List.of(root);
      for (JsonNode mapping : mappings) {
        checkMapping(stubs, where, mapping);
      }
    } catch (IOException e) {
      throw new HarnessException(
          "Stub file " + where + " is not valid JSON: " + NetworkMap.firstLine(e.getMessage())
              + " — fix that file.");
    }
  }

  private static void checkMapping(Path stubs, String where, JsonNode mapping) {
    if (!mapping.hasNonNull("name")) {
      throw new HarnessException(
          "Stub in " + where + " has no \"name\": give every stub a name that says what it is.");
    }
    String name = mapping.get("name").asText();
    try {
      StubMapping.buildFrom(mapping.toString());
    } catch (RuntimeException e) {
      throw new HarnessException(
          "Stub \"" + name + "\" in " + where + " is not a valid WireMock mapping: "
              + NetworkMap.firstLine(e.getMessage()) + " — fix that file.");
    }
    JsonNode body = mapping.path("response").path("bodyFileName");
    if (!body.isMissingNode() && !body.asText().contains("{{")
        && !Files.isRegularFile(stubs.resolve("__files").resolve(body.asText()))) {
      throw new HarnessException(
          "Stub \"" + name + "\" in " + where + " names bodyFileName " + body.asText()
              + ", but stubs/__files/" + body.asText() + " does not exist.");
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
