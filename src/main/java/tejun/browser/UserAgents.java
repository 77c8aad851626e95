package tejun.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tejun.HarnessException;

/**
 * The browsers and apps a customer may view a site with, by the name a manual calls them, and the
 * User-Agent each sends: data in {@code stubs/browsers.json}, so a stub can tell them apart by the
 * User-Agent header as the real site does.
 */
public final class UserAgents {
  public static final String FILE = "browsers.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, String> byName;

  private UserAgents(Map<String, String> byName) {
    this.byName = byName;
  }

  public static UserAgents load(Path stubs) {
    Path file = stubs.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new UserAgents(Map.of());
    }
    try {
      Map<String, String> byName = new LinkedHashMap<>();
      JSON.readTree(file.toFile())
          .path("browsers")
          .fields()
          .forEachRemaining(e -> byName.put(e.getKey(), e.getValue().asText()));
      return new UserAgents(byName);
    } catch (IOException e) {
      throw new HarnessException(
          "stubs/" + FILE + " is unreadable: " + e.getMessage() + " — fix the JSON in that file.");
    }
  }

  /** The User-Agent of the browser or app called {@code name}. */
  public String of(String name) {
    String agent = byName.get(name);
    if (agent == null || agent.isBlank()) {
      throw new HarnessException(
          "「"
              + name
              + "」のUser-Agentが stubs/"
              + FILE
              + " にありません: \"browsers\" に追加してください (あるもの: "
              + byName.keySet()
              + ")");
    }
    return agent;
  }
}
