package tejun.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.HarnessException;

/**
 * {@code {{site-data 'ocn' 'rules' 'kana'}}} in a stub's request, replaced by that value when the
 * stubs are read: WireMock's own matchers ({@code "matches"}, {@code "equalTo"}) are not templates,
 * yet a form's rule belongs in one place, the site's data, for the mapping and its page alike. Only
 * quoted words are allowed here, since nothing of the request is known yet.
 */
final class SiteDataReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{\\s*" + SiteDataHelper.NAME + "((?:\\s+'[^']*')+)\\s*}}");
  private static final Pattern WORD = Pattern.compile("'([^']*)'");

  private SiteDataReferences() {}

  static void resolve(ObjectNode stub, SampleSites sites, String file) {
    JsonNode request = stub.get("request");
    if (request != null && request.isContainerNode()) {
      resolveIn(request, sites, stub.path("name").asText(), file);
    }
  }

  private static void resolveIn(JsonNode node, SampleSites sites, String stub, String file) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
        if (field.getValue().isTextual()) {
          object.put(field.getKey(), replaced(field.getValue().asText(), sites, stub, file));
        } else {
          resolveIn(field.getValue(), sites, stub, file);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, replaced(array.get(i).asText(), sites, stub, file));
        } else {
          resolveIn(array.get(i), sites, stub, file);
        }
      }
    }
  }

  private static String replaced(String text, SampleSites sites, String stub, String file) {
    if (!text.contains(SiteDataHelper.NAME)) {
      return text;
    }
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(reference.group(1));
      while (word.find()) {
        words.add(word.group(1));
      }
      JsonNode value = sites.data(words.get(0), words.subList(1, words.size()));
      if (!value.isValueNode()) {
        throw new HarnessException(
            "Stub \""
                + stub
                + "\" in "
                + file
                + " reads "
                + reference.group()
                + ", but stubs/sites/"
                + words.get(0)
                + ".json has no text there under \"data\": add it, or fix the path.");
      }
      reference.appendReplacement(out, Matcher.quoteReplacement(value.asText()));
    }
    reference.appendTail(out);
    return out.toString();
  }
}
