package tejun.browser;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v153.browser.model.BrowserContextID;
import org.openqa.selenium.devtools.v153.target.Target;
import org.openqa.selenium.devtools.v153.target.model.TargetID;
import org.openqa.selenium.devtools.v153.target.model.TargetInfo;

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
  private final BrowserContextID context;
  private final String anchor;
  private final String firstWindow;

  private ContextBrowser(
      BrowserSettings settings, Browser browser, BrowserContextID context, String firstWindow) {
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
      BrowserContextID context =
          devTools.send(
              Target.createBrowserContext(
                  Optional.empty(),
                  Optional.of(proxyAddress),
                  Optional.of("<-loopback>"),
                  Optional.empty()));
      // A context starts with no window for a tab to open in.
      String first = createTarget(devTools, context, true);
      return new ContextBrowser(settings, browser, context, first);
    } catch (RuntimeException e) {
      BrowserPool.discard(browser);
      throw e;
    }
  }

  private static String createTarget(
      DevTools devTools, BrowserContextID context, boolean newWindow) {
    TargetID target =
        devTools.send(
            Target.createTarget(
                "about:blank",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(context),
                Optional.empty(),
                Optional.of(newWindow),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    return target.toString();
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
    for (TargetInfo target : devTools.send(Target.getTargets(Optional.empty()))) {
      if (target.getType().equals("page")
          && target
              .getBrowserContextId()
              .map(Object::toString)
              .filter(context.toString()::equals)
              .isPresent()) {
        windows.add(target.getTargetId().toString());
      }
    }
    return windows;
  }

  @Override
  public void close() {
    try {
      devTools.send(Target.disposeBrowserContext(context));
      browser.driver().switchTo().window(anchor);
    } catch (RuntimeException e) {
      BrowserPool.discard(browser);
      throw e;
    }
    BrowserPool.giveBack(settings, browser);
  }
}
