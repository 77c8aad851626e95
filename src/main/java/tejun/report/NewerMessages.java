package tejun.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Newer Cucumber versions leave {@code Group.children} out when it is empty, which the messages
 * library this project uses (30.x) rejects. Such a line is read again with empty lists put in. The
 * renderer does not show step-match groups, so nothing it shows changes.
 */
final class NewerMessages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewerMessages() {}

  /** The line with every step-match group given a children list, or null if it has none to fix. */
  static String withGroupChildren(String line) throws JsonProcessingException {
    if (!line.contains("\"group\"")) {
      return null;
    }
    Object root = JSON.readValue(line, Object.class);
    if (!(root instanceof Map<?, ?> envelope)
        || !(envelope.get("testCase") instanceof Map<?, ?> testCase)) {
      return null;
    }
    for (Object step : list(testCase.get("testSteps"))) {
      for (Object args :
          list(step instanceof Map<?, ?> m ? m.get("stepMatchArgumentsLists") : null)) {
        for (Object arg : list(args instanceof Map<?, ?> m ? m.get("stepMatchArguments") : null)) {
          if (arg instanceof Map<?, ?> m) {
            fill(m.get("group"));
          }
        }
      }
    }
    return JSON.writeValueAsString(root);
  }

  @SuppressWarnings("unchecked")
  private static void fill(Object group) {
    if (group instanceof Map<?, ?> g) {
      Map<String, Object> map = (Map<String, Object>) g;
      if (!(map.get("children") instanceof List<?>)) {
        map.put("children", new ArrayList<>());
      }
      list(map.get("children")).forEach(NewerMessages::fill);
    }
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
