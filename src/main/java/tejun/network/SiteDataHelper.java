package tejun.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code {{site-data 'membersclub' 'catalog' item 'points'}}}: the value at that path in the site's
 * {@code "data"} ({@code stubs/sites/<site>.json}), read-only; {@code ""} when there is none. A
 * number stays a number (for {@code numberFormat} and {@code math}). An object or a list comes back
 * whole, for {@code {{#each}}} (in the file's order, with {@code @key}).
 */
final class SiteDataHelper implements Helper<Object> {
  static final String NAME = "site-data";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SampleSites sites;

  SiteDataHelper(SampleSites sites) {
    this.sites = sites;
  }

  @Override
  public Object apply(Object site, Options options) {
    List<String> path = Stream.of(options.params).map(String::valueOf).toList();
    return valueOf(sites.data(String.valueOf(site), path));
  }

  static Object valueOf(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return JSON.convertValue(node, Object.class);
  }
}
