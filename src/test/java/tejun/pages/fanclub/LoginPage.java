package tejun.pages.fanclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「ログイン」: Plus member ID and password, with the first-login message until it is done. */
public final class LoginPage extends Screen {
  private static final By FIRST_LOGIN_MESSAGE = By.id("first-login-message");
  private static final By FIRST_LOGIN_WORDS = By.cssSelector("#first-login-message p");

  public LoginPage(WebDriver driver) {
    super(driver, "ログイン");
  }

  public boolean showsFirstLoginMessage() {
    return !driver.findElements(FIRST_LOGIN_MESSAGE).isEmpty();
  }

  /** The message itself, without the link below it. */
  public String firstLoginMessage() {
    return text(FIRST_LOGIN_WORDS);
  }
}
