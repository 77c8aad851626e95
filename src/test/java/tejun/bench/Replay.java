package tejun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.FluentWait;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedNetworks;
import tejun.network.SimulatedPc;

/**
 * A scenario's {@code ActionTrace} replayed as a bare Selenium script would do it: the same
 * navigations, windows, elements found by the same locators and acted on, and whole-page
 * screenshots, on a simulated network and browser of its own; no Cucumber, no page objects, no
 * report. It waits only for each element it acts on, as such a script must.
 */
final class Replay {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How long the replay took, or where it parted from the scenario (and so is not comparable); and
   * each bare whole-page screenshot it took where tejun took one, in milliseconds.
   */
  record Result(Duration time, Optional<String> divergence, List<Double> screenshots) {}

  private final BrowserSettings settings;
  private final SimulatedNetwork network;
  private final Map<Integer, String> windows = new HashMap<>();
  private ScenarioBrowser browser;
  private final List<Double> screenshots = new java.util.ArrayList<>();

  private Replay(BrowserSettings settings, SimulatedNetwork network) {
    this.settings = settings;
    this.network = network;
  }

  static Result of(Path trace, Path stubs, BrowserSettings settings) throws IOException {
    JsonNode actions = JSON.readTree(trace.toFile()).get("actions");
    long start = System.nanoTime();
    SimulatedNetwork network = SimulatedNetworks.take(stubs);
    Replay replay = new Replay(settings, network);
    int done = 0;
    try {
      for (JsonNode action : actions) {
        replay.perform(action);
        done++;
      }
      return new Result(
          Duration.ofNanos(System.nanoTime() - start), Optional.empty(), replay.screenshots);
    } catch (RuntimeException e) {
      String problem = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      return new Result(
          Duration.ofNanos(System.nanoTime() - start),
          Optional.of("action " + (done + 1) + " " + actions.get(done) + ": " + problem),
          replay.screenshots);
    } finally {
      if (replay.browser != null) {
        replay.browser.close();
      }
      SimulatedNetworks.release(stubs, network);
    }
  }

  private void perform(JsonNode action) throws IOException {
    switch (action.get("action").asText()) {
      case "browser" -> {
        if (browser != null) {
          browser.close();
        }
        browser =
            ScenarioBrowser.open(
                settings,
                network.proxyAddress(),
                Optional.ofNullable(action.get("userAgent")).map(JsonNode::asText));
        windows.clear();
      }
      case "pc" ->
          network.pc().setUp(JSON.treeToValue(action.get("settings"), SimulatedPc.Settings.class));
      case "first" -> windows.put(action.get("window").asInt(), browser.firstWindow());
      case "tab" -> windows.put(action.get("window").asInt(), browser.open(WindowType.TAB));
      case "window" -> windows.put(action.get("window").asInt(), browser.open(WindowType.WINDOW));
      case "switch" -> driver().switchTo().window(window(action.get("window").asInt()));
      case "get" -> get(action.get("url").asText());
      case "back" -> driver().navigate().back();
      case "refresh" -> driver().navigate().refresh();
      case "close" -> driver().close();
      case "screenshot" -> screenshots.add(Floor.screenshot(driver()));
      case "click" -> on(action, WebElement::click);
      case "type" -> on(action, e -> e.sendKeys(action.get("text").asText()));
      case "clear" -> on(action, WebElement::clear);
      case "submit" -> on(action, WebElement::submit);
      default -> throw new IllegalArgumentException("unknown action " + action);
    }
  }

  /** A network failure is a page too (Chromium's own), as the procedures expect some to be. */
  private void get(String url) {
    try {
      driver().get(url);
    } catch (WebDriverException e) {
      if (!String.valueOf(e.getMessage()).contains("net::ERR_")) {
        throw e;
      }
    }
  }

  private WebDriver driver() {
    return browser.driver();
  }

  /** A window the trace first saw when switching to it (one the page opened): the unknown one. */
  private String window(int index) {
    return windows.computeIfAbsent(
        index,
        i ->
            browser.windows().stream()
                .filter(h -> !windows.containsValue(h))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("window " + i)));
  }

  private void on(JsonNode action, Consumer<WebElement> act) {
    JsonNode locator = action.get("element");
    if (locator == null || locator.isNull()) {
      throw new IllegalStateException("an element found outside the trace");
    }
    new FluentWait<>(driver())
        .withTimeout(Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(25))
        .ignoring(NoSuchElementException.class)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              act.accept(find(d, locator));
              return true;
            });
  }

  private static WebElement find(WebDriver driver, JsonNode locator) {
    if (locator.has("script")) {
      Object[] args = JSON.convertValue(locator.get("args"), Object[].class);
      Object result =
          ((JavascriptExecutor) driver).executeScript(locator.get("script").asText(), args);
      List<?> results = result instanceof List<?> list ? list : Arrays.asList(result);
      int index = locator.get("index").asInt();
      if (results.size() <= index || !(results.get(index) instanceof WebElement found)) {
        throw new NoSuchElementException(locator.toString());
      }
      return found;
    }
    SearchContext within =
        locator.has("within") ? find(driver, locator.get("within")) : (SearchContext) driver;
    var found = within.findElements(by(locator.get("by").asText()));
    int index = locator.get("index").asInt();
    if (found.size() <= index) {
      throw new NoSuchElementException(locator.toString());
    }
    return found.get(index);
  }

  /** Parses a locator as {@link By#toString()} wrote it, e.g. "By.xpath: //h1". */
  static By by(String written) {
    int colon = written.indexOf(": ");
    String value = written.substring(colon + 2);
    return switch (written.substring(0, colon)) {
      case "By.xpath" -> By.xpath(value);
      case "By.cssSelector" -> By.cssSelector(value);
      case "By.id" -> By.id(value);
      case "By.tagName" -> By.tagName(value);
      case "By.className" -> By.className(value);
      case "By.name" -> By.name(value);
      case "By.linkText" -> By.linkText(value);
      case "By.partialLinkText" -> By.partialLinkText(value);
      default -> throw new IllegalArgumentException("a locator the replay cannot read: " + written);
    };
  }
}
