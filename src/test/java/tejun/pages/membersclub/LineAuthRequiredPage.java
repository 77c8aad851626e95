package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「契約回線認証」: the prompt a gated procedure shows before line authentication. */
public final class LineAuthRequiredPage extends Screen {
  /** The site-state key, below the member's session, that records the line authentication. */
  public static final String STATE_KEY = "lineAuth";

  private static final By LEAD = By.cssSelector("#line-auth-required p");

  public LineAuthRequiredPage(WebDriver driver) {
    super(driver, "契約回線認証");
  }

  /** The notice's first line: why this screen is shown. */
  public String lead() {
    return text(LEAD);
  }

  /**
   * Marks the document this tab shows now, so that {@link #isMarkedDocument()} can tell later
   * whether the tab still shows that very document (not reloaded, not navigated away and back).
   */
  public void markDocument() {
    ((JavascriptExecutor) driver).executeScript("window.tejunPromptSeen = true;");
  }

  public boolean isMarkedDocument() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver).executeScript("return window.tejunPromptSeen === true;"));
  }

  public void startLineAuthentication() {
    click("契約回線認証を行う");
  }
}
