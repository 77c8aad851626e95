package tejun.pages.fanclub;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/**
 * 「ログイン」: Plus member ID and password, with the first-login message until it is done, and a notice
 * to an app's own browser.
 */
public final class LoginPage extends Screen {
  private static final By FIRST_LOGIN_WORDS = By.cssSelector("#first-login-message p");
  private static final By BROWSER_NOTICE = By.cssSelector("#browser-notice p");

  public LoginPage(WebDriver driver) {
    super(driver, "ログイン");
  }

  /** The message itself, without the link below it. */
  public String firstLoginMessage() {
    return text(FIRST_LOGIN_WORDS);
  }

  /** The message, or {@code ""} when the page shows none. */
  public String firstLoginMessageIfShown() {
    return driver.findElements(FIRST_LOGIN_WORDS).stream()
        .findFirst()
        .map(WebElement::getText)
        .orElse("");
  }

  /** The notice to a browser the site does not support, line by line; empty when none. */
  public List<String> browserNotice() {
    return driver.findElements(BROWSER_NOTICE).stream().map(WebElement::getText).toList();
  }
}
