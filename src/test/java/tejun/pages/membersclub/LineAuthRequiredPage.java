package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「契約回線認証」: the prompt a gated procedure shows before line authentication. */
public final class LineAuthRequiredPage extends Screen {
  /** The site-state key, below the member's session, that records the line authentication. */
  public static final String STATE_KEY = "lineAuth";

  private static final By NOTICE = By.id("line-auth-required");

  public LineAuthRequiredPage(WebDriver driver) {
    super(driver, "契約回線認証");
  }

  public String notice() {
    return text(NOTICE);
  }

  public void startLineAuthentication() {
    click("契約回線認証を行う");
  }
}
