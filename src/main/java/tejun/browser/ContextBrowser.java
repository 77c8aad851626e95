package tejun.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.devtools.DevTools;

/**
 * A fresh browser context (CDP {@code Target.createBrowserContext}) in a kept Chromium, with the
 * scenario's simulated network as its proxy: nothing of another scenario's (cookies, storage,
 * cache, HTTP authentication, certificate decisions, tabs) is in it, and disposing of it takes all
 * of its own away. Its tabs and windows are opened in it by CDP, since WebDriver's new window would
 * open in the browser's default context.
 */
final class ContextBrowser extends AbstractScenarioBrowser {
  private final BrowserSettings settings;
  private final DevTools devTools;
  private final String context;
  private final String anchor;
  private final String firstWindow;

  private ContextBrowser(
      BrowserSettings settings, Browser browser, String context, String firstWindow) {
    super(browser);
    this.settings = settings;
    this.devTools = browser.devTools();
    this.context = context;
    this.anchor = browser.driver().getWindowHandle();
    this.firstWindow = firstWindow;
  }

  static ContextBrowser open(BrowserSettings settings, String proxyAddress) {
    Browser browser = BrowserPool.borrow(settings);
    try {
      DevTools devTools = browser.devTools();
      String context =
          (String)
              Cdp.send(
                      devTools,
                      "Target.createBrowserContext",
                      Map.of("proxyServer", proxyAddress, "proxyBypassList", "<-loopback>"))
                  .get("browserContextId");
      // A context starts with no window for a tab to open in.
      String first = createTarget(devTools, context, true);
      return new ContextBrowser(settings, browser, context, first);
    } catch (RuntimeException e) {
      BrowserPool.discard(browser);
      throw e;
    }
  }

  private static String createTarget(DevTools devTools, String context, boolean newWindow) {
    return (String)
        Cdp.send(
                devTools,
                "Target.createTarget",
                Map.of("url", "about:blank", "browserContextId", context, "newWindow", newWindow))
            .get("targetId");
  }

  @Override
  public String firstWindow() {
    return firstWindow;
  }

  @Override
  public String open(WindowType type) {
    return createTarget(devTools, context, type == WindowType.WINDOW);
  }

  @Override
  public Set<String> windows() {
    Set<String> windows = new LinkedHashSet<>();
    for (Map<String, Object> target : targets()) {
      if ("page".equals(target.get("type")) && context.equals(target.get("browserContextId"))) {
        windows.add((String) target.get("targetId"));
      }
    }
    return windows;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> targets() {
    return (List<Map<String, Object>>)
        Cdp.send(devTools, "Target.getTargets", Map.of()).get("targetInfos");
  }

  @Override
  public void close() {
    try {
      Cdp.send(devTools, "Target.disposeBrowserContext", Map.of("browserContextId", context));
      browser.driver().switchTo().window(anchor);
    } catch (RuntimeException e) {
      boolean gone = !browser.alive();
      BrowserPool.discard(browser);
      if (gone) {
        // The step that met the dead browser has failed already, saying so.
        return;
      }
      throw e;
    }
    BrowserPool.giveBack(settings, browser);
  }
}
