package tejun.mutation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a JSON text with where each stands in it, by the path of keys and indexes that
 * leads to it: an operator finds, say, every {@code transformerParameters/siteState/set/<key>} and
 * edits exactly those characters, so that the rest of the file, and every line and column, stays as
 * it was.
 */
final class JsonTokens {
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * A field name or a scalar value: {@code path} leads to it (a field name's path ends with the
   * name), {@code start} and {@code end} are its characters in the text (quotes included), {@code
   * value} its text.
   */
  record Token(List<String> path, JsonToken kind, int start, int end, String value) {
    String last() {
      return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** Whether the path has {@code names} in a row, anywhere. */
    boolean under(String... names) {
      for (int i = 0; i + names.length <= path.size(); i++) {
        if (path.subList(i, i + names.length).equals(List.of(names))) {
          return true;
        }
      }
      return false;
    }

    /** The path's part after {@code name}, or empty. */
    List<String> after(String name) {
      int i = path.indexOf(name);
      return i < 0 ? List.of() : path.subList(i + 1, path.size());
    }
  }

  private JsonTokens() {}

  static List<Token> of(String json) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != null) {
        walk(p, json, new ArrayList<>(), tokens);
      }
    }
    return tokens;
  }

  private static void walk(JsonParser p, String json, List<String> path, List<Token> tokens)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        List<String> child = append(path, name);
        int start = (int) p.currentTokenLocation().getCharOffset();
        tokens.add(new Token(child, JsonToken.FIELD_NAME, start, endOf(json, start), name));
        p.nextToken();
        walk(p, json, child, tokens);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p, json, append(path, Integer.toString(i++)), tokens);
      }
    } else {
      int start = (int) p.currentTokenLocation().getCharOffset();
      tokens.add(new Token(List.copyOf(path), t, start, endOf(json, start), p.getText()));
    }
  }

  private static List<String> append(List<String> path, String name) {
    List<String> child = new ArrayList<>(path);
    child.add(name);
    return List.copyOf(child);
  }

  /** The end of the string, number or literal that starts at {@code start}. */
  static int endOf(String json, int start) {
    if (json.charAt(start) == '"') {
      int i = start + 1;
      while (json.charAt(i) != '"') {
        i += json.charAt(i) == '\\' ? 2 : 1;
      }
      return i + 1;
    }
    int i = start;
    while (i < json.length() && "{}[],: \t\r\n".indexOf(json.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
