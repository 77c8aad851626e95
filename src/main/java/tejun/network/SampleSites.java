package tejun.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tejun.HarnessException;

/**
 * The simulated sites as data, one file each under {@code stubs/sites/}: the site's name, the
 * manuals that describe it, the hosts that serve it, and its sample customers with their starting
 * state. The customers are loaded into the site state at every reset, so stubs look accounts up
 * there instead of naming them.
 */
public final class SampleSites {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<SampleSite> sites;

  private SampleSites(List<SampleSite> sites) {
    this.sites = sites;
  }

  /** Every {@code stubs/sites/*.json}; none is fine (a network with no site data). */
  public static SampleSites load(Path stubs) {
    Path dir = stubs.resolve("sites");
    if (!Files.isDirectory(dir)) {
      return new SampleSites(List.of());
    }
    try (Stream<Path> files = Files.list(dir)) {
      return new SampleSites(
          files
              .filter(f -> f.toString().endsWith(".json"))
              .sorted()
              .map(f -> read(stubs, f))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SampleSite read(Path stubs, Path file) {
    String where = stubs.toAbsolutePath().getFileName().resolve(stubs.relativize(file)).toString();
    String id = file.getFileName().toString().replaceFirst("\\.json$", "");
    try {
      SampleSite site = JSON.readValue(file.toFile(), SampleSite.class).withOrigin(id, where);
      site.check();
      return site;
    } catch (IOException e) {
      throw new HarnessException(
          "Site data "
              + where
              + " is unreadable: "
              + NetworkMap.firstLine(e.getMessage())
              + " — fix the JSON in that file.");
    }
  }

  public List<SampleSite> all() {
    return sites;
  }

  /** Every site and its manuals as the start page's template sees them: maps and lists. */
  List<Map<String, Object>> forTemplates() {
    return sites.stream()
        .map(
            site ->
                Map.<String, Object>of(
                    "name",
                    site.name(),
                    "manuals",
                    site.manuals().stream()
                        .map(m -> Map.<String, Object>of("title", m.title(), "start", m.start()))
                        .toList()))
        .toList();
  }

  /**
   * For each host, the CSS selectors of what its site's pages show differently from run to run (the
   * site's {@code "masks"}), which a comparison with an earlier run leaves out.
   */
  public Map<String, List<String>> masksByHost() {
    Map<String, List<String>> masks = new java.util.HashMap<>();
    for (SampleSite site : sites) {
      if (!site.masks().isEmpty()) {
        site.hosts().forEach(h -> masks.put(h, site.masks()));
      }
    }
    return Map.copyOf(masks);
  }

  /**
   * The value at {@code path} in the site's {@code "data"} (what its pages show or check that is no
   * customer's: price lists, validation rules), or missing.
   */
  JsonNode data(String site, List<String> path) {
    JsonNode node =
        byKey(site)
            .map(SampleSite::data)
            .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    for (String step : path) {
      node =
          node.isArray() && step.matches("[0-9]+")
              ? node.path(Integer.parseInt(step))
              : node.path(step);
    }
    return node;
  }

  /** The site whose data file is {@code stubs/sites/<site>.json}. */
  public Optional<SampleSite> byKey(String site) {
    return sites.stream().filter(s -> s.id().equals(site)).findFirst();
  }

  /** The site whose data a page on this host uses. */
  public Optional<SampleSite> forHost(String host) {
    return sites.stream().filter(s -> s.hosts().contains(host)).findFirst();
  }

  /**
   * Puts every site's customers into the state as {@code <site>:<customer ID>:<field>} (nested
   * values as {@code …:<field>:<key or index>}), plus {@code <site>:<customer ID>:id}; the
   * customers of a site's other account books likewise under the book's name.
   */
  void loadInto(SiteState state) {
    for (SampleSite site : sites) {
      load(site.id(), site.customers(), state);
      site.accounts().forEach((book, accounts) -> load(book, accounts.customers(), state));
    }
  }

  private static void load(String book, Map<String, JsonNode> customers, SiteState state) {
    customers.forEach(
        (id, customer) -> {
          String prefix = book + ":" + id;
          state.set(prefix + ":id", id);
          flatten(prefix, customer, state);
        });
  }

  private static void flatten(String key, JsonNode node, SiteState state) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(key + ":" + e.getKey(), e.getValue(), state));
    } else if (node.isArray()) {
      state.set(key + ":count", String.valueOf(node.size()));
      for (int i = 0; i < node.size(); i++) {
        flatten(key + ":" + i, node.get(i), state);
      }
    } else if (!node.isNull()) {
      state.set(key, node.asText());
    }
  }

  /**
   * One site's data file. {@code id} is the file's name, the site's key: the folder of its
   * features, its packages, its tag, and the prefix of its customers' keys in site state. {@code
   * data} is what the site's pages and stubs share that is no customer's (prices, lists, the rules
   * a form checks), read with {@code {{site-data …}}}.
   */
  public record SampleSite(
      String id,
      String file,
      String name,
      List<Manual> manuals,
      List<String> hosts,
      List<String> masks,
      Map<String, JsonNode> customers,
      Map<String, Accounts> accounts,
      JsonNode data) {

    /** A manual about this site, and the URL its procedure starts from. */
    public record Manual(String title, String start) {}

    /**
     * Another account system the site's procedures use on some of its hosts (OCN's procedures log
     * in with a dアカウント), whose customers are keyed in site state under the book's own name.
     */
    public record Accounts(String name, List<String> hosts, Map<String, JsonNode> customers) {}

    /** The prefix of the keys, in site state, of the customers who log in on {@code host}. */
    public String bookFor(String host) {
      return accounts.entrySet().stream()
          .filter(e -> e.getValue().hosts().contains(host))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(id);
    }

    /** The customers who log in on {@code host}. */
    public Map<String, JsonNode> customersFor(String host) {
      String book = bookFor(host);
      return book.equals(id) ? customers : accounts.get(book).customers();
    }

    SampleSite withOrigin(String id, String file) {
      return new SampleSite(
          id,
          file,
          name,
          manuals == null ? List.of() : manuals,
          hosts == null ? List.of() : hosts,
          masks == null ? List.of() : masks,
          customers == null ? Map.of() : customers,
          accounts == null ? Map.of() : accounts,
          data == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : data);
    }

    void check() {
      if (name == null || name.isBlank() || hosts.isEmpty()) {
        throw new HarnessException(
            "Site data " + file + " must declare \"name\" and \"hosts\" (the hosts serving it).");
      }
      for (Manual manual : manuals) {
        if (manual.title() == null || manual.title().isBlank() || !isWebAddress(manual.start())) {
          throw new HarnessException(
              "A manual in "
                  + file
                  + " needs a \"title\" and a \"start\" that is the http(s) URL of its first"
                  + " screen: "
                  + manual);
        }
      }
      if (!data.isMissingNode() && !data.isObject()) {
        throw new HarnessException(
            "Site data "
                + file
                + ": \"data\" must be an object of named values, lists or rules, such as"
                + " {\"rules\": {\"kana\": \"[ァ-ヶー]{1,20}\"}}.");
      }
      accounts.forEach(
          (book, books) -> {
            if (books.hosts() == null
                || !hosts.containsAll(books.hosts())
                || books.customers() == null) {
              throw new HarnessException(
                  "Site data "
                      + file
                      + ": account book \""
                      + book
                      + "\" needs \"hosts\" (some of the site's hosts) and \"customers\".");
            }
          });
      java.util.stream.Stream.concat(
              customers.entrySet().stream(),
              accounts.values().stream().flatMap(a -> a.customers().entrySet().stream()))
          .forEach(
              e -> {
                String customerId = e.getKey();
                JsonNode customer = e.getValue();
                if (!customer.isObject()) {
                  throw new HarnessException(
                      "Site data "
                          + file
                          + ": customer \""
                          + customerId
                          + "\" must be an object of fields, such as {\"password\": \"…\"}.");
                }
              });
    }

    private static boolean isWebAddress(String url) {
      try {
        URI uri = URI.create(url == null ? "" : url);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
