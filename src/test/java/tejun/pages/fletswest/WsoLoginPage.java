package tejun.pages.fletswest;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「サービス申込受付ページ ログイン」: フレッツナンバー and アクセスキー. */
public final class WsoLoginPage extends Screen {
  public WsoLoginPage(WebDriver driver) {
    super(driver, "サービス申込受付ページ ログイン");
  }
}
