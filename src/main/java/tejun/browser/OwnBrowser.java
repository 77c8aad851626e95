package tejun.browser;

import java.util.Set;
import org.openqa.selenium.WindowType;

/** A Chromium of the scenario's own, quit when it ends. */
final class OwnBrowser extends AbstractScenarioBrowser {
  private final String firstWindow;

  OwnBrowser(Browser browser) {
    super(browser);
    this.firstWindow = browser.driver().getWindowHandle();
  }

  @Override
  public String firstWindow() {
    return firstWindow;
  }

  @Override
  public String open(WindowType type) {
    return browser.driver().switchTo().newWindow(type).getWindowHandle();
  }

  @Override
  public Set<String> windows() {
    return browser.driver().getWindowHandles();
  }

  @Override
  public void close() {
    browser.close();
  }
}
