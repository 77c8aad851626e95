package tejun.context;

import io.cucumber.java.Scenario;
import java.util.Optional;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.events.WebDriverListener;
import tejun.browser.Screenshot;

/**
 * Something that watches a scenario's browser beside the steps, as Selenium's listener and at the
 * moments only the context sees. None watches in an ordinary run: a tool that wants to (the
 * benchmark's trace) provides a {@link Factory} as a Java service.
 */
public interface BrowserWatcher extends WebDriverListener {
  /** Makes a scenario's watcher, or none (for instance when its tool is not asked for). */
  interface Factory {
    Optional<BrowserWatcher> watch(ScenarioContext context);
  }

  /** The scenario's browser has started, presenting itself as {@code userAgent} if given. */
  default void browserOpened(Optional<String> userAgent) {}

  /**
   * The context took {@code handle} as a tab or window; {@code first} if it is the browser's own.
   */
  default void windowOpened(String handle, WindowType type, boolean first) {}

  /** The context took a screenshot of the window in front, in {@code nanos}. */
  default void screenshotTaken(Screenshot shot, long nanos) {}

  /** The scenario is over. */
  default void scenarioEnded(Scenario scenario) {}
}
