package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.Color;
import tejun.pages.Screen;

/**
 * What follows 「しばらくお待ちください」 once the line check is recorded: the article shows either a page that
 * turns all gray or 「契約回線認証中です」; both mean the check is done.
 */
public final class LineAuthDonePage extends Screen {
  /**
   * The colour the whole window shows: the root's background, or the body's when the root has none
   * (CSS paints the canvas with it either way).
   */
  private static final String WINDOW_COLOUR =
      "const root = getComputedStyle(document.documentElement).backgroundColor;"
          + "const body = getComputedStyle(document.body).backgroundColor;"
          + "return root === 'rgba(0, 0, 0, 0)' || root === 'transparent' ? body : root;";

  public LineAuthDonePage(WebDriver driver) {
    super(driver);
    waitUntil(
        d ->
            !PleaseWaitPage.TITLE.equals(d.getTitle())
                && "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
        "「" + PleaseWaitPage.TITLE + "」の次の画面");
  }

  public Color windowColour() {
    return Color.fromString((String) ((JavascriptExecutor) driver).executeScript(WINDOW_COLOUR));
  }

  /** The words of the page's main part (below the site's header), trimmed. */
  public String mainWords() {
    return driver.findElement(By.tagName("main")).getText().strip();
  }

  /** Every word the page shows, trimmed. */
  public String words() {
    return driver.findElement(By.tagName("body")).getText().strip();
  }
}
