package tejun.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Nu Html Checker finds no error in any generated page. */
class HtmlValidityTest {
  @TempDir static Path dir;
  static final List<Path> pages = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    Fixtures.render(dir.resolve("tejun"));
    Report.render(Fixtures.unfinishedRun(dir), dir.resolve("unfinished"), FixtureRun.stubs());
    for (Path sample : Kit.samples()) {
      Report.render(sample, dir.resolve(sample.getFileName().toString().replace(".ndjson", "")));
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
  }

  static Stream<Path> outputs() {
    return Stream.of(
            "tejun",
            "unfinished",
            "attachments",
            "all-statuses",
            "hooks-attachment",
            "global-hooks-beforeall-error",
            "test-run-exception",
            "examples-tables",
            "data-tables",
            "doc-strings",
            "retry",
            "undefined",
            "markdown",
            "rules")
        .map(Path::of);
  }

  /**
   * Every page of the fixture site's real run (its coverage page included), the same run cut off,
   * and a varied set of kit samples (each a run of its own).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void noErrors(Path output) throws Exception {
    List<Path> checked = pages.stream().filter(p -> dir.relativize(p).startsWith(output)).toList();
    assertFalse(checked.isEmpty(), "pages of " + output);
    List<String> errors = new ArrayList<>();
    for (Path page : checked) {
      errors.addAll(errors(page));
    }
    assertTrue(errors.isEmpty(), String.join("\n", errors));
  }

  /** The checker can fail: a page with known errors gives them. */
  @Test
  void aFaultyPageIsCaught() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.html"),
            "<!DOCTYPE html><html lang=\"ja\"><head><title>x</title></head>"
                + "<body><p><div>x</div><img></body></html>");
    assertFalse(errors(bad).isEmpty());
  }

  static List<String> errors(Path page) throws Exception {
    return NuChecker.problems(page).stream().map(p -> dir.relativize(page) + ":" + p).toList();
  }
}
