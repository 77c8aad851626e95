package tejun.pages.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tejun.pages.Screen;

/** Chromium's own error page, 「このサイトにアクセスできません」, as the customer sees it. */
public final class SiteCannotBeReachedPage extends Screen {
  public static final String HEADING_TEXT = "このサイトにアクセスできません";
  private static final By HEADING = By.cssSelector("#main-message h1");
  private static final By DETAIL = By.cssSelector("#main-message p");
  private static final By ERROR_CODE = By.cssSelector(".error-code");

  public SiteCannotBeReachedPage(WebDriver driver) {
    super(driver);
    waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(HEADING, HEADING_TEXT),
        "Chromium のエラー画面「" + HEADING_TEXT + "」");
  }

  public String heading() {
    return text(HEADING);
  }

  public String detail() {
    return text(DETAIL);
  }

  public String errorCode() {
    return text(ERROR_CODE);
  }
}
