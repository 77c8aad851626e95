package tejun.context;

import io.cucumber.java.Scenario;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.picocontainer.Disposable;
import tejun.HarnessException;
import tejun.ScenarioRecords;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.browser.Screenshot;
import tejun.browser.UserAgents;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedNetworks;
import tejun.records.BrowserRecord;
import tejun.records.RecordJson;

/**
 * What one scenario has: a simulated network of its own for its duration (reset, from the pool),
 * its own fresh browser (opened on first use, always closed: a context of its own in a kept
 * Chromium, or a Chromium of its own), that browser's tabs and the simulated PC's settings window,
 * and what the customer wrote down on the way (a code from a mail).
 */
public final class ScenarioContext implements Disposable {
  private final Path stubs = StubsFolder.current();
  private SimulatedNetwork network;
  private ScenarioBrowser browser;
  private BrowserTabs tabs;
  private StepActions stepActions;
  private Scenario scenario;
  private final Map<String, String> noted = new LinkedHashMap<>();
  private Optional<String> userAgent = Optional.empty();
  private final Watchers watchers = Watchers.of(this);

  public void begin(Scenario scenario) {
    this.scenario = scenario;
  }

  public Scenario scenario() {
    return scenario;
  }

  public SimulatedNetwork network() {
    if (network == null) {
      network = SimulatedNetworks.take(stubs);
    }
    return network;
  }

  /**
   * The window in front, whichever it is: the tab the procedure is in, or the simulated PC's
   * window, as the last step left it. For a step that means one of them, {@link #tab()} or {@link
   * #pcWindow()} says which.
   */
  public WebDriver windowInFront() {
    return tabs().inFront();
  }

  /** The browser's tabs and the PC's window. */
  public BrowserTabs tabs() {
    if (browser == null) {
      browser =
          ScenarioBrowser.open(
              BrowserSettings.fromSystemProperties(), network().proxyAddress(), userAgent);
      browser.maskOn(network().sites().masksByHost());
      stepActions = new StepActions(browser, watchers);
      watchers.browserOpened(userAgent);
      tabs =
          new BrowserTabs(
              browser,
              new BrowserGoneDecorator(browser, watchers.listenersBefore(stepActions))
                  .decorate(browser.driver()),
              watchers);
      scenario.attach(
          RecordJson.write(new BrowserRecord("Chromium", browser.version())),
          ScenarioRecords.BROWSER_TYPE,
          ScenarioRecords.BROWSER_NAME);
    }
    return tabs;
  }

  /** The tab the procedure is in (the first tab until another is opened). */
  public WebDriver tab() {
    return tabs().current();
  }

  /** The simulated PC's settings, a window of its own beside the browser's tabs. */
  public WebDriver pcWindow() {
    return tabs().pcWindow();
  }

  /**
   * The browser presents itself as {@code name} (a browser or app of {@code stubs/browsers.json})
   * from its start: said before the first step that uses it.
   */
  public void browseAs(String name) {
    if (browser != null) {
      throw new HarnessException("「「" + name + "」でサイトを閲覧する」は、ブラウザを使う最初の手順より前に書いてください。");
    }
    userAgent = Optional.of(UserAgents.load(stubs).of(name));
  }

  /** The whole page in front of the open browser. */
  public Screenshot screenshot() {
    return watchers.actingOn(browser, null).shot();
  }

  /** Writes down {@code value} under {@code label} (such as 確認コード), as the customer would. */
  public void remember(String label, String value) {
    noted.put(label, value);
  }

  /** What was written down under {@code label}. */
  public String recall(String label) {
    String value = noted.get(label);
    if (value == null) {
      throw new AssertionError(
          "「" + label + "」は控えていません: 先に「" + label + "を控える」で控えてください (控えたもの: " + noted.keySet() + ")");
    }
    return value;
  }

  public Optional<SimulatedNetwork> networkIfStarted() {
    return Optional.ofNullable(network);
  }

  /** What the step in progress acted on, once the browser is open. */
  public Optional<StepActions> stepActions() {
    return Optional.ofNullable(browser == null ? null : stepActions);
  }

  public Optional<ScenarioBrowser> browserIfOpen() {
    return Optional.ofNullable(browser);
  }

  /** Closes the browser (its session cookies go with it); the PC and the sites stay. */
  public void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
      tabs = null;
      stepActions = null;
    }
  }

  @Override
  public void dispose() {
    try {
      watchers.scenarioEnded(scenario);
      closeBrowser();
    } finally {
      if (network != null) {
        SimulatedNetworks.release(stubs, network);
      }
    }
  }
}
