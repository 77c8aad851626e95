package tejun.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.WrapsElement;
import org.openqa.selenium.remote.RemoteWebElement;
import tejun.browser.Screenshot;
import tejun.context.BrowserWatcher;
import tejun.context.ScenarioContext;
import tejun.network.SimulatedPc;

/**
 * What a scenario did with its browser, as a bare Selenium script would do it: the navigations, the
 * elements found (by the locators the steps used) and acted on, the windows switched to, and the
 * screenshots taken. The benchmark replays it without Cucumber or the report ({@link Replay}).
 * Recorded only when {@code -Dtejun.trace=<directory>} is set: a {@link BrowserWatcher}, so that
 * the scenario's context knows nothing of the benchmark.
 */
public final class ActionTrace implements BrowserWatcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Map<String, Object>> actions = new ArrayList<>();
  private final Map<String, Map<String, Object>> found = new HashMap<>();
  private final Map<String, Integer> windows = new HashMap<>();

  private final Supplier<SimulatedPc.Settings> pc;
  private SimulatedPc.Settings pcAsRecorded;
  private Screenshot lastShot;

  private ActionTrace(Supplier<SimulatedPc.Settings> pc) {
    this.pc = pc;
  }

  /**
   * A scenario's trace, if the run records them (a Java service of the test classpath). How the
   * scenario's PC is set up is recorded as it changes: what a procedure's 前提 sets up outside the
   * browser, for the replay too.
   */
  public static final class Recording implements BrowserWatcher.Factory {
    @Override
    public Optional<BrowserWatcher> watch(ScenarioContext context) {
      return Optional.ofNullable(System.getProperty("tejun.trace"))
          .map(d -> new ActionTrace(() -> context.network().pc().settings()));
    }
  }

  @Override
  public void browserOpened(Optional<String> userAgent) {
    windows.clear();
    found.clear();
    Map<String, Object> action = action("browser");
    userAgent.ifPresent(ua -> action.put("userAgent", ua));
  }

  @Override
  public void windowOpened(String handle, WindowType type, boolean first) {
    action(first ? "first" : type == WindowType.TAB ? "tab" : "window")
        .put("window", window(handle));
  }

  /**
   * A screenshot, recorded with how long it took and whether it was the last one again (the page
   * unchanged since), for the benchmark's screenshot figures.
   */
  @Override
  public void screenshotTaken(Screenshot shot, long nanos) {
    Map<String, Object> action = action("screenshot");
    action.put("ms", nanos / 1e6);
    action.put("reused", shot == lastShot);
    lastShot = shot;
  }

  @Override
  public void afterFindElement(WebDriver driver, By locator, WebElement result) {
    remember(null, locator, List.of(result));
  }

  @Override
  public void afterFindElements(WebDriver driver, By locator, List<WebElement> result) {
    remember(null, locator, result);
  }

  @Override
  public void afterFindElement(WebElement element, By locator, WebElement result) {
    remember(element, locator, List.of(result));
  }

  @Override
  public void afterFindElements(WebElement element, By locator, List<WebElement> result) {
    remember(element, locator, result);
  }

  /**
   * An element a script found (a page object's one-round-trip lookup) is found again by the same
   * script with the same arguments, when they are plain values.
   */
  @Override
  public void afterExecuteScript(WebDriver driver, String script, Object[] args, Object result) {
    if (!Arrays.stream(args).allMatch(a -> a instanceof String || a instanceof Number)) {
      return;
    }
    List<?> results = result instanceof List<?> list ? list : Arrays.asList(result);
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof WebElement element) {
        Map<String, Object> locator = new LinkedHashMap<>();
        locator.put("script", script);
        locator.put("args", List.of(args));
        locator.put("index", i);
        this.found.put(id(element), locator);
      }
    }
  }

  /** How to find each of {@code found} again: {@code by} within {@code within}, at its index. */
  private void remember(WebElement within, By by, List<WebElement> found) {
    for (int i = 0; i < found.size(); i++) {
      this.found.put(id(found.get(i)), locator(within, by, i));
    }
  }

  private Map<String, Object> locator(WebElement within, By by, int index) {
    Map<String, Object> locator = new LinkedHashMap<>();
    if (within != null && found.containsKey(id(within))) {
      locator.put("within", found.get(id(within)));
    }
    locator.put("by", by.toString());
    locator.put("index", index);
    return locator;
  }

  @Override
  public void beforeClick(WebElement element) {
    onElement("click", element);
  }

  @Override
  public void beforeSendKeys(WebElement element, CharSequence... keysToSend) {
    onElement("type", element).put("text", String.join("", keysToSend));
  }

  @Override
  public void beforeClear(WebElement element) {
    onElement("clear", element);
  }

  @Override
  public void beforeSubmit(WebElement element) {
    onElement("submit", element);
  }

  private Map<String, Object> onElement(String kind, WebElement element) {
    Map<String, Object> action = action(kind);
    action.put("element", found.get(id(element)));
    return action;
  }

  @Override
  public void beforeGet(WebDriver driver, String url) {
    action("get").put("url", url);
  }

  @Override
  public void beforeTo(WebDriver.Navigation navigation, String url) {
    action("get").put("url", url);
  }

  @Override
  public void beforeBack(WebDriver.Navigation navigation) {
    action("back");
  }

  @Override
  public void beforeRefresh(WebDriver.Navigation navigation) {
    action("refresh");
  }

  @Override
  public void beforeWindow(WebDriver.TargetLocator targetLocator, String nameOrHandle) {
    action("switch").put("window", window(nameOrHandle));
  }

  @Override
  public void beforeClose(WebDriver driver) {
    action("close");
  }

  /** The listener sees an element sometimes as found, sometimes as the decorator wraps it. */
  private static String id(WebElement element) {
    WebElement e = element;
    while (e instanceof WrapsElement wrapper) {
      e = wrapper.getWrappedElement();
    }
    return e instanceof RemoteWebElement remote ? remote.getId() : e.toString();
  }

  private int window(String handle) {
    return windows.computeIfAbsent(handle, h -> windows.size());
  }

  private Map<String, Object> action(String kind) {
    SimulatedPc.Settings settings = pc.get();
    if (!settings.equals(pcAsRecorded)) {
      pcAsRecorded = settings;
      actions.add(Map.of("action", "pc", "settings", settings));
    }
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action", kind);
    actions.add(action);
    return action;
  }

  /** Writes the trace as {@code <feature file>-<line>.json} in the trace directory. */
  @Override
  public void scenarioEnded(Scenario scenario) {
    URI uri = scenario.getUri();
    Path feature = Path.of(uri.getSchemeSpecificPart());
    Path file =
        Path.of(System.getProperty("tejun.trace"))
            .resolve(feature.getParent().getFileName().toString())
            .resolve(
                feature.getFileName().toString().replace(".feature", "")
                    + "-"
                    + scenario.getLine()
                    + ".json");
    try {
      Files.createDirectories(file.getParent());
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(
              file.toFile(),
              Map.of("scenario", uri + ":" + scenario.getLine(), "actions", actions));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
