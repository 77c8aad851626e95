package tejun.pages;

import org.openqa.selenium.WebDriver;

/**
 * Whatever screen the browser shows now, on any site: what the shared steps act on. A site's own
 * screens have page objects of their own.
 */
public final class CurrentScreen extends Screen {
  public CurrentScreen(WebDriver driver) {
    super(driver);
  }

  /** The screen titled {@code title}, once the browser shows it. */
  public static CurrentScreen titled(WebDriver driver, String title) {
    return new CurrentScreen(driver, title);
  }

  private CurrentScreen(WebDriver driver, String title) {
    super(driver, title);
  }
}
