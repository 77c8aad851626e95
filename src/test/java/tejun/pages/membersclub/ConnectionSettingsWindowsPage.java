package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** flets.com's 「接続設定（Windows）」, whose 「その他の接続先」 lists the PPPoE guest account. */
public final class ConnectionSettingsWindowsPage extends Screen {
  public ConnectionSettingsWindowsPage(WebDriver driver) {
    super(driver, "フレッツ 接続設定 Windows");
  }

  /** The words above the account: 「PPPoE接続用のユーザー名とパスワード」. */
  public String pppoeCaption() {
    return text(By.id("pppoe-guest-caption"));
  }

  /** The user name's line as shown, label and all: 「ユーザー名:…」. */
  public String pppoeUserLine() {
    return text(By.id("pppoe-user"));
  }

  /** The password's line as shown, label and all: 「パスワード:…」. */
  public String pppoePasswordLine() {
    return text(By.id("pppoe-password"));
  }
}
