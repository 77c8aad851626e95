package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/**
 * What follows 「しばらくお待ちください」 once the line check is recorded: the article shows either a page that
 * turns all gray or 「契約回線認証中です」; both mean the check is done.
 */
public final class LineAuthDonePage extends Screen {
  private static final String AUTHENTICATING = "契約回線認証中です";
  private static final String ALL_GRAY = "ページが全てグレー";
  private static final By OUTCOME = By.cssSelector("[data-line-auth-done]");

  public LineAuthDonePage(WebDriver driver) {
    super(driver);
    waitUntil(d -> !d.findElements(OUTCOME).isEmpty(), "「" + AUTHENTICATING + "」かグレーのページ");
  }

  /** Which of the two the browser shows, in the article's words. */
  public String outcome() {
    String shown = driver.findElement(OUTCOME).getAttribute("data-line-auth-done");
    return shown.equals("authenticating") ? "「" + AUTHENTICATING + "」のページ" : ALL_GRAY + "になった";
  }
}
