package tejun.pages.plusmember;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「ご利用の環境について」: what the site shows an in-app browser instead of a login. */
public final class UnsupportedBrowserPage extends Screen {
  public UnsupportedBrowserPage(WebDriver driver) {
    super(driver, "ご利用の環境について");
  }

  /** The site's guidance, in its alert. */
  public String guidance() {
    return error();
  }
}
