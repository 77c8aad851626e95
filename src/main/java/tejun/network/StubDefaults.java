package tejun.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tejun.HarnessException;

/**
 * What every stub of a host folder has unless it says otherwise, from {@code
 * stubs/mappings/<host>/_defaults.json}: a {@code "response"} merged into each stub's response (a
 * field the stub sets wins; objects such as {@code headers} merge key by key), and named {@code
 * "preconditions"}, each a {@code customMatcher}, that a stub asks for by name ({@code
 * "customMatcher": "ログイン済み"}) or several at once ({@code ["ログイン済み", "契約回線認証済み"]}, which must all be
 * {@code site-state-is}).
 */
final class StubDefaults {
  static final String FILE = "_defaults.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("response", "preconditions");
  private static final StubDefaults NONE =
      new StubDefaults(
          null, JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode());

  private final String where;
  private final ObjectNode response;
  private final ObjectNode preconditions;

  private StubDefaults(String where, ObjectNode response, ObjectNode preconditions) {
    this.where = where;
    this.response = response;
    this.preconditions = preconditions;
  }

  /** The folder's defaults, or none when it has no {@code _defaults.json}. */
  static StubDefaults of(Path stubs, Path hostDir) {
    Path file = hostDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    String where = stubs.relativize(file).toString();
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw broken(where, "is not valid JSON: " + NetworkMap.firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw broken(where, "is not a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw broken(where, "has \"" + name + "\", which is not \"response\" or \"preconditions\"");
      }
    }
    JsonNode response = root.path("response");
    JsonNode preconditions = root.path("preconditions");
    if (!response.isMissingNode() && !response.isObject()) {
      throw broken(where, "has a \"response\" that is not an object of response fields");
    }
    if (!preconditions.isMissingNode() && !preconditions.isObject()) {
      throw broken(where, "has \"preconditions\" that are not an object of named customMatchers");
    }
    for (Map.Entry<String, JsonNode> named : preconditions.properties()) {
      if (!named.getValue().path("name").isTextual()) {
        throw broken(
            where,
            "has precondition \""
                + named.getKey()
                + "\" without a \"name\": write it as a customMatcher, {\"name\":"
                + " \"site-state-is\", \"parameters\": {…}}");
      }
    }
    return new StubDefaults(
        where,
        response.isObject() ? (ObjectNode) response : JsonNodeFactory.instance.objectNode(),
        preconditions.isObject()
            ? (ObjectNode) preconditions
            : JsonNodeFactory.instance.objectNode());
  }

  /** The stub with the folder's defaults filled in and its preconditions named out. */
  ObjectNode applyTo(ObjectNode stub, String file) {
    ObjectNode result = stub.deepCopy();
    if (!response.isEmpty()) {
      JsonNode own = result.path("response");
      result.set("response", merge(response, own.isObject() ? (ObjectNode) own : null));
    }
    JsonNode request = result.path("request");
    JsonNode asked = request.path("customMatcher");
    if (asked.isTextual() || asked.isArray()) {
      ((ObjectNode) request).set("customMatcher", precondition(asked, stub, file));
    }
    return result;
  }

  private static ObjectNode merge(ObjectNode defaults, ObjectNode own) {
    ObjectNode merged = defaults.deepCopy();
    if (own == null) {
      return merged;
    }
    for (Map.Entry<String, JsonNode> field : own.properties()) {
      JsonNode fallback = merged.get(field.getKey());
      if (fallback != null && fallback.isObject() && field.getValue().isObject()) {
        merged.set(field.getKey(), merge((ObjectNode) fallback, (ObjectNode) field.getValue()));
      } else {
        merged.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return merged;
  }

  private JsonNode precondition(JsonNode asked, JsonNode stub, String file) {
    if (asked.isTextual()) {
      return named(asked.asText(), stub, file).deepCopy();
    }
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    for (JsonNode name : asked) {
      if (name.isObject()) {
        all.add(name.deepCopy());
        continue;
      }
      JsonNode matcher = named(name.asText(), stub, file);
      if (!SiteStateMatcher.NAME.equals(matcher.path("name").asText())) {
        throw new HarnessException(
            "Stub \""
                + stub.path("name").asText()
                + "\" in "
                + file
                + " asks for several preconditions, but \""
                + name.asText()
                + "\" is not site-state-is: only site-state-is preconditions combine.");
      }
      all.add(matcher.path("parameters").deepCopy());
    }
    ObjectNode combined = JsonNodeFactory.instance.objectNode().put("name", SiteStateMatcher.NAME);
    combined.putObject("parameters").set("all", all);
    return combined;
  }

  private JsonNode named(String name, JsonNode stub, String file) {
    JsonNode matcher = preconditions.get(name);
    if (matcher == null) {
      throw new HarnessException(
          "Stub \""
              + stub.path("name").asText()
              + "\" in "
              + file
              + " asks for precondition \""
              + name
              + "\", but "
              + (where == null ? "its folder has no " + FILE : where + " has no such precondition")
              + ": add it to the \"preconditions\" of the folder's "
              + FILE
              + " or fix the name.");
    }
    return matcher;
  }

  private static HarnessException broken(String where, String what) {
    return new HarnessException(
        "Stub defaults "
            + where
            + " "
            + what
            + " — fix that file: {\"response\": {…}, \"preconditions\": {\"<name>\":"
            + " {customMatcher}}}.");
  }
}
