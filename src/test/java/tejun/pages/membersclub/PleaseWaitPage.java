package tejun.pages.membersclub;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「しばらくお待ちください」: shown for a moment while the line authentication is recorded. */
public final class PleaseWaitPage extends Screen {
  static final String TITLE = "しばらくお待ちください";

  public PleaseWaitPage(WebDriver driver) {
    super(driver, TITLE);
  }

  /** The words it shows, once it shows them. */
  public String message() {
    return saying(TITLE);
  }
}
