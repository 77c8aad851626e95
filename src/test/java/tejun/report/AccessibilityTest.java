package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;

/**
 * axe-core finds no serious or critical violation on the index and the scenario pages (one
 * Chromium).
 */
class AccessibilityTest {
  @TempDir static Path dir;
  static Browser browser;
  static WebDriver driver;
  static Report.Result tejun;
  static Report.Result kit;
  static Report.Result statuses;
  static Report.Result unfinished;

  @BeforeAll
  static void render() throws Exception {
    tejun = Fixtures.render(dir.resolve("tejun"));
    kit = Report.render(Kit.sample("attachments"), dir.resolve("kit"));
    statuses = Report.render(Kit.sample("all-statuses"), dir.resolve("statuses"));
    unfinished =
        Report.render(Fixtures.unfinishedRun(dir), dir.resolve("unfinished"), FixtureRun.stubs());
    browser = Browser.offline(BrowserSettings.fromSystemProperties());
    driver = browser.driver();
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  /**
   * Called after {@link #render()}: the index, every scenario page and coverage page of four runs
   * (the fixture site's real run has a coverage page).
   */
  static Stream<Path> pages() {
    return Stream.of(tejun, kit, statuses, unfinished)
        .flatMap(
            r ->
                Stream.of(
                        Stream.of(
                            r.index(),
                            r.index().resolveSibling(DictionaryPage.FILE),
                            r.index().resolveSibling(SearchPage.FILE)),
                        r.pages().values().stream(),
                        r.coverage().stream())
                    .flatMap(s -> s))
        .map(p -> dir.relativize(p));
  }

  /** The scan itself can fail: a page with known faults gives serious or critical violations. */
  @org.junit.jupiter.api.Test
  void aFaultyPageIsCaught() throws Exception {
    Path bad =
        java.nio.file.Files.writeString(
            dir.resolve("bad.html"),
            "<!DOCTYPE html><html><head><title>x</title></head><body><img"
                + " src=\"tejun/report.css\"><p"
                + " style=\"color:#ccc;background:#fff\">薄い文字</p></body></html>");
    driver.get(bad.toUri().toString());
    List<String> ids =
        new AxeBuilder()
            .analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId)
                .toList();
    assertTrue(
        ids.containsAll(List.of("image-alt", "html-has-lang", "color-contrast")), ids.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void noSeriousOrCriticalViolation(Path page) {
    driver.get(dir.resolve(page).toUri().toString());
    assertEquals(
        "ja", driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
    Results results = new AxeBuilder().analyze(driver);
    assertTrue(
        results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
        "axe ran: " + results.getErrorMessage());
    assertTrue(results.getPasses().size() > 10, "axe checked the page");
    List<Rule> bad =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertTrue(
        bad.isEmpty(),
        page
            + ": "
            + bad.stream()
                .map(
                    r ->
                        r.getImpact()
                            + " "
                            + r.getId()
                            + ": "
                            + r.getHelp()
                            + " "
                            + r.getNodes().stream()
                                .map(n -> n.getFailureSummary())
                                .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n")));
  }
}
