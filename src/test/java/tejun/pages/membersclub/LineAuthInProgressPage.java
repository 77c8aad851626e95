package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「契約回線認証中です」: the gray page that means the line check is done. */
public final class LineAuthInProgressPage extends Screen {
  public LineAuthInProgressPage(WebDriver driver) {
    super(driver, "契約回線認証中です");
  }

  public String message() {
    return text(By.id("authenticating"));
  }
}
