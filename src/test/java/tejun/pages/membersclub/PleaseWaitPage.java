package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「しばらくお待ちください」: shown for a moment while the line authentication is recorded. */
public final class PleaseWaitPage extends Screen {
  static final String TITLE = "しばらくお待ちください";
  private static final By MESSAGE = By.id("please-wait");

  public PleaseWaitPage(WebDriver driver) {
    super(driver, TITLE);
  }

  /** The words it shows. */
  public String message() {
    return text(MESSAGE);
  }
}
