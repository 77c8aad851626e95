package tejun.pages;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tejun.network.SimulatedNetwork;

/**
 * A screen the user sees, recognised by its title: the constructor waits until the browser shows
 * it, so creating a page object is itself the check that the procedure reached that screen.
 */
public abstract class Screen {
  protected final WebDriver driver;

  protected Screen(WebDriver driver, String title) {
    this(driver);
    waitUntil(ExpectedConditions.titleIs(title), "画面「" + title + "」");
  }

  /** For a screen recognised by something other than its title. */
  protected Screen(WebDriver driver) {
    this.driver = driver;
  }

  protected <T> T waitUntil(Function<WebDriver, T> condition, String what) {
    WebDriverWait wait =
        new WebDriverWait(driver, Duration.ofSeconds(Long.getLong("tejun.wait.seconds", 10)));
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(
        () ->
            what
                + "が表示されるはずが、ブラウザには「"
                + driver.getTitle()
                + "」("
                + driver.getCurrentUrl()
                + ") が表示されています");
    return wait.until(
        d -> {
          failIfNoStubAnswered(d);
          return condition.apply(d);
        });
  }

  /** No need to wait out the patience on the fail-closed page: nothing else will come. */
  private static void failIfNoStubAnswered(WebDriver driver) {
    if (SimulatedNetwork.FAIL_CLOSED_TITLE.equals(driver.getTitle())) {
      throw new AssertionError(
          "模擬ネットワークにこの宛先はありません (no stub answers "
              + driver.getCurrentUrl()
              + ")\n"
              + driver.findElement(By.tagName("body")).getText());
    }
  }

  protected WebElement find(By locator) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator), "要素 " + locator);
  }

  protected String text(By locator) {
    return find(locator).getText();
  }

  /** A link or button, by the label the user reads on it. */
  protected void click(String label) {
    By byLabel =
        By.xpath(
            "//a[normalize-space(.)='"
                + label
                + "'] | //button[normalize-space(.)='"
                + label
                + "'] | //input[@type='submit' and @value='"
                + label
                + "']");
    waitUntil(ExpectedConditions.elementToBeClickable(byLabel), "「" + label + "」").click();
  }

  protected void type(By field, String value) {
    WebElement input = find(field);
    input.clear();
    input.sendKeys(value);
  }

  /** Navigation that may end on Chromium's own error page, which is a page the user sees too. */
  public static void navigate(WebDriver driver, String url) {
    try {
      driver.get(url);
    } catch (WebDriverException e) {
      rethrowUnlessNetworkError(e);
    }
  }

  public static void reload(WebDriver driver) {
    try {
      driver.navigate().refresh();
    } catch (WebDriverException e) {
      rethrowUnlessNetworkError(e);
    }
  }

  private static void rethrowUnlessNetworkError(WebDriverException e) {
    if (e.getMessage() == null || !e.getMessage().contains("net::ERR_")) {
      throw e;
    }
  }
}
