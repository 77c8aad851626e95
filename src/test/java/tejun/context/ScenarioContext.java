package tejun.context;

import io.cucumber.java.Scenario;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.picocontainer.Disposable;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedNetworks;

/**
 * What one scenario has: a simulated network of its own for its duration (reset, from the pool),
 * its own fresh browser (started on first use, always quit), and the browser windows the procedure
 * has opened, by the names the steps give them.
 */
public final class ScenarioContext implements Disposable {
  private final Path stubs = Path.of(System.getProperty("tejun.stubs", "stubs"));
  private SimulatedNetwork network;
  private Browser browser;
  private Scenario scenario;
  private final Map<String, String> windows = new HashMap<>();

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

  public WebDriver driver() {
    if (browser == null) {
      browser = Browser.open(BrowserSettings.fromSystemProperties(), network().proxyAddress());
      scenario.attach(
          "{\"name\":\"Chromium\",\"version\":\"" + browser.version() + "\"}",
          "application/vnd.tejun.browser+json",
          "ブラウザ");
    }
    return browser.driver();
  }

  public Optional<SimulatedNetwork> networkIfStarted() {
    return Optional.ofNullable(network);
  }

  public Optional<Browser> browserIfOpen() {
    return Optional.ofNullable(browser);
  }

  /** Opens (or returns to) a named window: a browser tab, or the PC's settings window. */
  public WebDriver window(String name, WindowType type) {
    WebDriver driver = driver();
    String handle = windows.get(name);
    if (handle == null) {
      if (!windows.isEmpty()) {
        driver.switchTo().newWindow(type);
      }
      windows.put(name, driver.getWindowHandle());
    } else {
      driver.switchTo().window(handle);
    }
    return driver;
  }

  public void closeWindow(String name) {
    WebDriver driver = driver();
    driver.switchTo().window(windows.remove(name));
    driver.close();
    driver.switchTo().window(windows.values().iterator().next());
  }

  /** Closes the browser (its session cookies go with it); the PC and the sites stay. */
  public void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
      windows.clear();
    }
  }

  @Override
  public void dispose() {
    try {
      closeBrowser();
    } finally {
      if (network != null) {
        SimulatedNetworks.release(stubs, network);
      }
    }
  }
}
