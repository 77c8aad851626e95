package tejun.browser;

import java.util.Set;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/** A Chromium of the scenario's own, quit when it ends. */
final class OwnBrowser implements ScenarioBrowser {
  private final Browser browser;
  private final String firstWindow;

  OwnBrowser(Browser browser) {
    this.browser = browser;
    this.firstWindow = browser.driver().getWindowHandle();
  }

  @Override
  public WebDriver driver() {
    return browser.driver();
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
  public Screenshot screenshot() {
    return browser.screenshot();
  }

  @Override
  public String version() {
    return browser.version();
  }

  @Override
  public void close() {
    browser.close();
  }
}
