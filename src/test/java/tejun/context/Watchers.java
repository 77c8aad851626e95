package tejun.context;

import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.events.WebDriverListener;
import tejun.browser.Acting;
import tejun.browser.ScenarioBrowser;

/** The scenario's {@link BrowserWatcher}s, from the Java services; none in an ordinary run. */
final class Watchers {
  private static final List<BrowserWatcher.Factory> FACTORIES =
      ServiceLoader.load(BrowserWatcher.Factory.class).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private final List<BrowserWatcher> watchers;

  private Watchers(List<BrowserWatcher> watchers) {
    this.watchers = watchers;
  }

  static Watchers of(ScenarioContext context) {
    return new Watchers(
        FACTORIES.stream().map(f -> f.watch(context)).flatMap(Optional::stream).toList());
  }

  /** Selenium's listeners, in front of {@code stepActions}. */
  WebDriverListener[] listenersBefore(WebDriverListener stepActions) {
    WebDriverListener[] listeners = watchers.toArray(new WebDriverListener[watchers.size() + 1]);
    listeners[watchers.size()] = stepActions;
    return listeners;
  }

  void browserOpened(Optional<String> userAgent) {
    watchers.forEach(w -> w.browserOpened(userAgent));
  }

  void windowOpened(String handle, WindowType type, boolean first) {
    watchers.forEach(w -> w.windowOpened(handle, type, first));
  }

  /** The browser's screenshot as {@code element} (if not null) is about to be acted on. */
  Acting actingOn(ScenarioBrowser browser, WebElement element) {
    long start = System.nanoTime();
    Acting acting = browser.actingOn(element);
    long nanos = System.nanoTime() - start;
    watchers.forEach(w -> w.screenshotTaken(acting.shot(), nanos));
    return acting;
  }

  void scenarioEnded(Scenario scenario) {
    watchers.forEach(w -> w.scenarioEnded(scenario));
  }
}
