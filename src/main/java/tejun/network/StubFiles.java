package tejun.network;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tejun.HarnessException;

/**
 * The stubs, organised by host: every mapping under {@code stubs/mappings/<host>/} answers only
 * requests for that host (folders starting with {@code _} answer any host). Every file is read and
 * checked before WireMock starts, so a broken one is reported in one line naming the file and what
 * is wrong with it. A folder's {@code _defaults.json} ({@link StubDefaults}) is merged into each of
 * its stubs first, and {@code {{site-data …}}} in a request is replaced by the site's data ({@link
 * SiteDataReferences}), since WireMock's own matchers are not templates.
 */
final class StubFiles implements MappingsSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<StubMapping> mappings = new ArrayList<>();
  private final List<String> hosts = new ArrayList<>();

  StubFiles(Path stubs, NetworkMap map, SampleSites sites) {
    Path root = stubs.resolve("mappings");
    try (Stream<Path> folders = Files.list(root)) {
      for (Path hostDir : folders.filter(Files::isDirectory).sorted().toList()) {
        String host = hostDir.getFileName().toString();
        boolean anyHost = host.startsWith("_");
        if (!anyHost && map.networkOf(host).isEmpty()) {
          throw new HarnessException(
              "stubs/mappings/"
                  + host
                  + "/ has stubs, but stubs/network.json puts "
                  + host
                  + " on no network: add it to the hosts of the network it lives on.");
        }
        if (!anyHost) {
          hosts.add(host);
        }
        StubDefaults defaults = StubDefaults.of(stubs, hostDir);
        for (Path file : jsonFiles(hostDir)) {
          readFile(stubs, file, anyHost ? null : host, defaults, sites);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hosts that have stubs of their own, by name. */
  List<String> hosts() {
    return List.copyOf(hosts);
  }

  static void checkLayout(Path stubs) {
    if (!Files.isDirectory(stubs.resolve("mappings"))
        || !Files.isRegularFile(stubs.resolve("network.json"))) {
      throw new HarnessException(
          "No stubs at "
              + stubs.toAbsolutePath()
              + ": expected mappings/ and network.json there;"
              + " run from the project's top directory or set -Dtejun.stubs=<dir>.");
    }
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    mappings.forEach(stubMappings::addMapping);
  }

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  public void remove(StubMapping stubMapping) {}

  @Override
  public void removeAll() {}

  private void readFile(
      Path stubs, Path file, String host, StubDefaults defaults, SampleSites sites) {
    String where = stubs.relativize(file).toString();
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new HarnessException(
          "Stub file "
              + where
              + " is not valid JSON: "
              + NetworkMap.firstLine(e.getMessage())
              + " — fix that file.");
    }
    Iterable<JsonNode> nodes = root.has("mappings") ? root.get("mappings") : List.of(root);
    for (JsonNode node : nodes) {
      if (!node.isObject()) {
        throw new HarnessException(
            "Stub file "
                + where
                + " holds something that is not a stub: "
                + node
                + " — fix that file.");
      }
      if (!node.hasNonNull("name")) {
        throw new HarnessException(
            "Stub in " + where + " has no \"name\": give every stub a name that says what it is.");
      }
      ObjectNode stub = defaults.applyTo((ObjectNode) node, where);
      markSource(stub, where);
      SiteDataReferences.resolve(stub, sites, where);
      mappings.add(forHost(read(stubs, where, stub), host));
    }
  }

  /**
   * The metadata key under which a stub carries the file it came from, relative to the stubs folder
   * ({@code mappings/<host>/….json}): WireMock does not know it, and the scenario's record of the
   * stubs it reached names it.
   */
  static final String SOURCE_FILE = "tejunFile";

  private static void markSource(ObjectNode stub, String where) {
    JsonNode metadata = stub.get("metadata");
    ObjectNode marked = metadata instanceof ObjectNode m ? m : stub.putObject("metadata");
    marked.put(SOURCE_FILE, where.replace('\\', '/'));
  }

  private static StubMapping read(Path stubs, String where, JsonNode node) {
    String name = node.get("name").asText();
    StubMapping mapping;
    try {
      mapping = StubMapping.buildFrom(node.toString());
    } catch (RuntimeException e) {
      throw new HarnessException(
          "Stub \""
              + name
              + "\" in "
              + where
              + " is not a valid WireMock mapping: "
              + NetworkMap.firstLine(e.getMessage())
              + " — fix that file.");
    }
    String body = mapping.getResponse().getBodyFileName();
    if (body != null
        && !body.contains("{{")
        && !Files.isRegularFile(stubs.resolve("__files").resolve(body))) {
      throw new HarnessException(
          "Stub \""
              + name
              + "\" in "
              + where
              + " names bodyFileName "
              + body
              + ", but stubs/__files/"
              + body
              + " does not exist.");
    }
    if (body != null && !body.contains("{{") && isFramed(stubs, body) && !isTemplated(mapping)) {
      throw new HarnessException(
          "Stub \""
              + name
              + "\" in "
              + where
              + " serves "
              + body
              + ", a page in a frame ({{#page-frame …}}), which only response templating draws:"
              + " add \"transformers\": [\"response-template\"] to its response.");
    }
    MessageStubs.check(mapping, where);
    return mapping;
  }

  private static boolean isFramed(Path stubs, String body) {
    try {
      byte[] bytes = Files.readAllBytes(stubs.resolve("__files").resolve(body));
      return new String(bytes, StandardCharsets.ISO_8859_1).contains("{{#page-frame");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTemplated(StubMapping mapping) {
    List<String> transformers = mapping.getResponse().getTransformers();
    return transformers != null && transformers.contains("response-template");
  }

  private static StubMapping forHost(StubMapping mapping, String host) {
    if (host != null && mapping.getRequest().getHost() == null) {
      mapping.setRequest(
          RequestPatternBuilder.like(mapping.getRequest()).withHost(equalTo(host)).build());
    }
    return mapping;
  }

  static HarnessException explain(Path stubs, RuntimeException e) {
    return new HarnessException(
        "WireMock could not start with the stubs in "
            + stubs
            + ": "
            + NetworkMap.firstLine(e.getMessage()),
        e);
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().equals(StubDefaults.FILE))
          .sorted()
          .toList();
    }
  }
}
