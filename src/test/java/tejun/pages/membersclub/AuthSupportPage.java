package tejun.pages.membersclub;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「契約回線認証 環境設定サポートページ」: the official ways onto the フレッツ網/NGN網. */
public final class AuthSupportPage extends Screen {
  public AuthSupportPage(WebDriver driver) {
    super(driver, "契約回線認証 環境設定サポートページ");
  }
}
