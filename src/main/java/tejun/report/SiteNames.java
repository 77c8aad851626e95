package tejun.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import tejun.network.SampleSites;

/**
 * Each site's name as support staff know it (the {@code "name"} in {@code
 * stubs/sites/<site>.json}), by the site's key, the folder its features are in. A folder with no
 * site data shows as itself.
 */
final class SiteNames {
  private final Map<String, String> names;

  private SiteNames(Map<String, String> names) {
    this.names = names;
  }

  static SiteNames of(Path stubs) {
    return new SiteNames(
        SampleSites.load(stubs).all().stream()
            .collect(Collectors.toMap(s -> s.id(), s -> s.name())));
  }

  String of(String site) {
    return names.getOrDefault(site, site);
  }
}
