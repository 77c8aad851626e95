package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.FixtureStubs;
import tejun.Glue;

/**
 * The shared layer knows no site. No compiled class of the shared packages (the shared and PC
 * sentences, the shared page objects, the context, the hooks, the browser and the network) names a
 * site's package ({@code tejun.steps.<site>}, {@code tejun.pages.<site>}, {@code
 * tejun.sites.<site>}, a site being a data file of stubs/sites or of the fixture's), and every
 * other step or page package is a site's. And the fixture sites run on the shared glue plus only
 * their own steps: 見本ショップ on the shared glue alone, 見本サイト with {@code tejun.steps.fixture} beside
 * it.
 */
class SharedStepsKnowNoSiteTest {
  private static final Path TEST_CLASSES = Path.of("target/test-classes/tejun");
  private static final Path MAIN_CLASSES = Path.of("target/classes/tejun");

  /** Packages under tejun.steps and tejun.pages that every site shares. */
  private static final Set<String> SHARED_STEPS = Set.of("shared", "pc");

  private static final Set<String> SHARED_PAGES = Set.of("browser", "mail", "pc", "phone");

  @Test
  void noSharedClassNamesASitePackage() throws IOException {
    Set<String> sites = siteKeys();
    assertThat(sites).contains("membersclub", "ocn", "fletswest", "fanclub", "fixture", "shop");
    Pattern sitePackage =
        Pattern.compile(
            "tejun[/.](steps|pages|sites)[/.](" + String.join("|", sites) + ")(?![A-Za-z0-9_])");

    List<Path> shared = new ArrayList<>();
    shared.addAll(classesIn(TEST_CLASSES.resolve("steps"), SHARED_STEPS));
    shared.addAll(classesIn(TEST_CLASSES.resolve("pages"), SHARED_PAGES));
    for (String dir : List.of("context", "hooks")) {
      shared.addAll(classesUnder(TEST_CLASSES.resolve(dir)));
    }
    for (String dir : List.of("browser", "network")) {
      shared.addAll(classesUnder(MAIN_CLASSES.resolve(dir)));
    }
    assertThat(shared).as("the shared layer's compiled classes").hasSizeGreaterThan(50);

    List<String> naming = new ArrayList<>();
    for (Path file : shared) {
      var found = sitePackage.matcher(constants(file));
      while (found.find()) {
        naming.add(file + " names " + found.group());
      }
    }
    assertThat(naming)
        .as(
            "a site's sentence or page crept into the shared layer: move it to"
                + " tejun.steps.<site> / tejun.pages.<site>")
        .isEmpty();

    Path siteSteps = TEST_CLASSES.resolve("steps/fixture/FixtureSiteSteps.class");
    assertThat(sitePackage.matcher(constants(siteSteps)).find())
        .as("the check sees a site class name its own site's page objects")
        .isTrue();
  }

  @Test
  void everyStepAndPagePackageIsSharedOrASites() throws IOException {
    Set<String> sites = siteKeys();
    for (String layer : List.of("steps", "pages")) {
      Set<String> shared = layer.equals("steps") ? SHARED_STEPS : SHARED_PAGES;
      try (Stream<Path> packages = Files.list(TEST_CLASSES.resolve(layer))) {
        assertThat(
                packages
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(p -> !shared.contains(p)))
            .as(
                "tejun."
                    + layer
                    + ".<site> names a site by its key, the name of its stubs/sites/<site>.json")
            .allMatch(sites::contains);
      }
    }
  }

  @Test
  void theFixtureSitesRunOnTheSharedGlueAndOnlyTheirOwnSteps(@TempDir Path stubs)
      throws IOException {
    FixtureStubs.copyTo(stubs);

    EngineExecutionResults shop =
        FeatureRun.run(
            Glue.SHARED, stubs, selectDirectory(FixtureSite.FEATURES.resolve("shop").toFile()));
    EngineExecutionResults fixture =
        FeatureRun.run(
            Glue.sharedAnd("fixture"),
            stubs,
            selectFile(
                FixtureSite.FEATURES.resolve("fixture/change-delivery-address.feature").toFile()));

    for (EngineExecutionResults run : List.of(shop, fixture)) {
      assertThat(run.testEvents().failed().list()).isEmpty();
      assertThat(run.testEvents().skipped().list()).isEmpty();
    }
    assertThat(shop.testEvents().succeeded().count()).isEqualTo(2);
    assertThat(fixture.testEvents().succeeded().count()).isEqualTo(3);
  }

  /** The sites' keys: the names of the real and the fixture's site data files. */
  private static Set<String> siteKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path dir : List.of(Path.of("stubs/sites"), FixtureStubs.DIR.resolve("stubs/sites"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(f -> f.endsWith(".json"))
            .forEach(f -> keys.add(f.substring(0, f.length() - ".json".length())));
      }
    }
    return keys;
  }

  /** The class files directly in {@code dir} and under its subfolders named {@code packages}. */
  private static List<Path> classesIn(Path dir, Set<String> packages) throws IOException {
    List<Path> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(classes::add);
    }
    for (String name : packages) {
      classes.addAll(classesUnder(dir.resolve(name)));
    }
    return classes;
  }

  private static List<Path> classesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".class")).toList();
    }
  }

  /**
   * A class file's bytes as text: the names it refers to (classes, strings) are in its constant
   * pool as (modified) UTF-8, and an ASCII package name reads the same in Latin-1.
   */
  private static String constants(Path classFile) throws IOException {
    return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
  }
}
