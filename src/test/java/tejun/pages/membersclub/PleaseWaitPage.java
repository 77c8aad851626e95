package tejun.pages.membersclub;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「しばらくお待ちください」: shown for a moment while the line authentication is recorded. */
public final class PleaseWaitPage extends Screen {
  public PleaseWaitPage(WebDriver driver) {
    super(driver, "しばらくお待ちください");
  }
}
