package tejun.context;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import tejun.browser.ScenarioBrowser;

/**
 * The customer's browser tabs in the order they were opened, the one in front, and the simulated
 * PC's settings window. Closing a tab brings the tab opened before it to the front, as Chromium
 * does for a tab opened from it.
 */
public final class BrowserTabs {
  private final ScenarioBrowser browser;
  private final WebDriver driver;
  private final List<String> tabs = new ArrayList<>();
  private String current;
  private String pcWindow;
  private String unused;
  private String focused;
  private final Watchers watchers;

  /** {@code driver} is the browser's own, or one that watches what the steps do with it. */
  BrowserTabs(ScenarioBrowser browser, WebDriver driver, Watchers watchers) {
    this.browser = browser;
    this.driver = driver;
    this.watchers = watchers;
    this.unused = browser.firstWindow();
  }

  /**
   * The window in front, as it is: whichever tab or window was last brought to the front ({@link
   * #current()}, {@link #openNew()}, {@link #closeCurrent()} or {@link #pcWindow()}).
   */
  public WebDriver inFront() {
    return driver;
  }

  /** The tab in front; the browser's first window becomes the first tab when none is open. */
  public WebDriver current() {
    if (current == null) {
      current = claim(WindowType.TAB);
      tabs.add(current);
    }
    return focus(current);
  }

  /** A new tab beside the others (not in the PC's window), in front. */
  public WebDriver openNew() {
    if (current != null) {
      focus(current);
    }
    current = claim(WindowType.TAB);
    tabs.add(current);
    return driver;
  }

  /** Closes the tab in front; the tab opened before it comes to the front. */
  public WebDriver closeCurrent() {
    current();
    int index = tabs.indexOf(current);
    driver.close();
    focused = null;
    tabs.remove(index);
    if (tabs.isEmpty()) {
      current = null;
      return focus(pcWindow != null ? pcWindow : browser.windows().iterator().next());
    }
    current = tabs.get(Math.max(0, index - 1));
    return focus(current);
  }

  public WebDriver pcWindow() {
    if (pcWindow == null) {
      pcWindow = claim(WindowType.WINDOW);
    }
    return focus(pcWindow);
  }

  /** Switching windows costs a round trip to the browser: only when another is in front. */
  private WebDriver focus(String handle) {
    if (!handle.equals(focused)) {
      driver.switchTo().window(handle);
      focused = handle;
    }
    return driver;
  }

  /** The browser's first window, unused yet; else a new tab or window. */
  private String claim(WindowType type) {
    String handle = unused != null ? unused : browser.open(type);
    watchers.windowOpened(handle, type, handle.equals(unused));
    unused = null;
    focused = null;
    focus(handle);
    return handle;
  }
}
