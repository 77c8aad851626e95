package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code {{#each (site-state-list 'fletswest' line 'providers')}}}: a list in site state, as {@link
 * SampleSites} loads a customer's list ({@code <key>:count}, {@code <key>:<i>:<field>}), each item
 * a map of its fields plus its {@code index}, the number a form posts for it. {@code only=chosen}
 * keeps the items whose index is in that comma-separated list (what {@code site-state} stored of a
 * form's check boxes).
 */
final class SiteStateListHelper implements Helper<Object> {
  static final String NAME = "site-state-list";
  private final SiteState state;

  SiteStateListHelper(SiteState state) {
    this.state = state;
  }

  @Override
  public Object apply(Object first, Options options) {
    String key = SiteStateHelper.key(first, options);
    Set<String> only =
        options.hash.containsKey("only")
            ? Arrays.stream(String.valueOf(options.hash.get("only")).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())
            : null;
    Map<String, String> snapshot = state.snapshot();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < count(state.get(key + ":count")); i++) {
      if (only == null || only.contains(String.valueOf(i))) {
        items.add(item(snapshot, key + ":" + i + ":", i));
      }
    }
    return items;
  }

  private static Map<String, Object> item(Map<String, String> snapshot, String prefix, int index) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("index", index);
    snapshot.forEach(
        (k, v) -> {
          String field = k.startsWith(prefix) ? k.substring(prefix.length()) : "";
          if (!field.isEmpty() && !field.contains(":")) {
            item.put(field, v);
          }
        });
    return item;
  }

  private static int count(String value) {
    return value.matches("[0-9]+") ? Integer.parseInt(value) : 0;
  }
}
