package tejun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The harness's own stubs, for tests that need a simulated network but not the real manuals' sites:
 * the fixture sites (src/test/resources/tejun/fixture/stubs, with their own network.json and site
 * data) and the simulator's own pages, which every site uses (the start page, the webmail, the
 * phone, the PC's settings, Chromium's background requests), copied from stubs/. No real site's
 * stubs or data are in it.
 */
public final class FixtureStubs {
  /** The fixture sites' folder: their features and stubs. */
  public static final Path DIR = Path.of("src/test/resources/tejun/fixture");

  /** The first fixture site's host (見本サイト, key {@code fixture}). */
  public static final String HOST = "fixture.tejun.test";

  /** The simulator's own hosts: no manual's site, on the network called このPC. */
  private static final List<String> SIMULATOR_HOSTS =
      List.of("_chromium", "tejun.test", "pc.tejun.test", "mail.tejun.test", "phone.tejun.test");

  private FixtureStubs() {}

  /** Writes the fixture stubs into {@code target} (created if missing) and returns it. */
  public static Path copyTo(Path target) throws IOException {
    Path real = Path.of("stubs");
    Files.createDirectories(target);
    for (String host : SIMULATOR_HOSTS) {
      for (String folder : List.of("mappings", "__files")) {
        Path source = real.resolve(folder).resolve(host);
        if (Files.isDirectory(source)) {
          RealStubs.copy(source, target.resolve(folder).resolve(host));
        }
      }
    }
    Files.copy(real.resolve("browsers.json"), target.resolve("browsers.json"));
    RealStubs.copy(DIR.resolve("stubs"), target);
    return target;
  }
}
