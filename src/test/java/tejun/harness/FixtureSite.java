package tejun.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import tejun.RealStubs;

/** The harness's own fixture site: features and stubs that only its tests use. */
final class FixtureSite {
  static final Path DIR = Path.of("src/test/resources/tejun/fixture");
  static final Path FEATURES = DIR.resolve("features");
  static final String HOST = "fixture.tejun.test";

  private FixtureSite() {}

  /** The project's stubs with the fixture site's added and its host on the internet. */
  static Path stubsIn(Path target) throws IOException {
    RealStubs.copyTo(target);
    RealStubs.copy(DIR.resolve("stubs"), target);
    Path networkJson = target.resolve("network.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode map = (ObjectNode) json.readTree(networkJson.toFile());
    StreamSupport.stream(map.get("networks").spliterator(), false)
        .filter(n -> n.get("id").asText().equals("internet"))
        .findFirst()
        .map(n -> (ArrayNode) n.get("hosts"))
        .orElseThrow()
        .add(HOST);
    json.writerWithDefaultPrettyPrinter().writeValue(networkJson.toFile(), map);
    return target;
  }
}
