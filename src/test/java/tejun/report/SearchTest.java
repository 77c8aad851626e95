package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;

/**
 * The report's search, as a support-desk member uses it in a real Chromium from {@code file://}:
 * words a customer reads out from a screen lead to the step that showed that screen, whatever their
 * width, kana or spaces. On the fixture site's real run.
 */
class SearchTest {
  private static final String DELIVERY = "1時間後に配達を予約すると、1時間が経ってからお届けのメールが届く";

  @TempDir static Path dir;
  static Browser browser;
  static WebDriver driver;
  static Report.Result result;

  @BeforeAll
  static void render() throws Exception {
    result = Fixtures.render(dir.resolve("report"));
    browser = Browser.offline(BrowserSettings.fromSystemProperties());
    driver = browser.driver();
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The hits for {@code words}, typed into the index's search box. */
  private static List<WebElement> search(String words) {
    driver.get(result.index().toUri().toString());
    driver.findElement(By.id("q")).sendKeys(words);
    driver.findElement(By.cssSelector("form.search button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("hit-count")).getText().startsWith("「" + words + "」"));
    return driver.findElements(By.cssSelector("#hits li"));
  }

  private static List<String> links(List<WebElement> hits) {
    return hits.stream().map(h -> h.findElement(By.tagName("a")).getDomAttribute("href")).toList();
  }

  @Test
  void wordsAScreenSaidLeadToTheStepAfterWhichItFirstSaidThem() {
    List<WebElement> hits = search("お届けしました");
    WebElement screen =
        hits.stream()
            .filter(h -> h.getDomAttribute("class").contains("hit-screen"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no screen says it: " + links(hits)));
    assertTrue(screen.getText().contains(DELIVERY), screen.getText());
    assertTrue(screen.getText().contains("お届けしました。"), "the line the screen said it in");
    screen.findElement(By.tagName("a")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().matches(".*scenario-\\d{3}\\.html#step-\\d+"));
    String step = driver.getCurrentUrl().replaceFirst(".*#", "");
    WebElement shown = driver.findElement(By.id(step));
    assertEquals(
        "このタブをリロードする",
        shown.findElement(By.cssSelector(".step-text")).getText(),
        "the reload is the first step after which the page says it");
    assertNotNull(shown.findElement(By.cssSelector("figure.screenshot img")), "with its screen");
    assertEquals(DELIVERY, driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void widthKanaSpacesAndCaseDoNotMatter() {
    List<String> plain = links(search("お届けしました"));
    assertFalse(plain.isEmpty());
    assertEquals(plain, links(search("オ届ケ シマシタ")), "katakana and a space");
    List<String> latin = links(search("http://fixture.tejun.test/"));
    assertFalse(latin.isEmpty());
    assertEquals(latin, links(search("ＨＴＴＰ：／／ＦＩＸＴＵＲＥ．ＴＥＪＵＮ．ＴＥＳＴ／")), "full width, upper case");
  }

  @Test
  void aStepsWordsLeadToThatStep() {
    List<WebElement> hits = search("1時間後に配達する");
    WebElement step =
        hits.stream()
            .filter(h -> h.getDomAttribute("class").contains("hit-step"))
            .findFirst()
            .orElseThrow();
    assertTrue(step.getText().contains("「1時間後に配達する」ボタンを押す"), step.getText());
    assertTrue(
        step.findElement(By.tagName("a"))
            .getDomAttribute("href")
            .matches("scenario-\\d{3}\\.html#step-\\d+"));
  }

  @Test
  void wordsFoundNowhereSaySo() {
    assertEquals(List.of(), search("どこにもない言葉"));
    assertEquals("「どこにもない言葉」: 0 件", driver.findElement(By.id("hit-count")).getText());
  }
}
