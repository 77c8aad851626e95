package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** flets-w.com's 「フレッツ 光ネクスト サービス情報サイトへの接続方法」: the site's own PPPoE setting. */
public final class ServiceInfoSiteConnectionPage extends Screen {
  public ServiceInfoSiteConnectionPage(WebDriver driver) {
    super(driver, "フレッツ 光ネクスト サービス情報サイトへの接続方法");
  }

  public String connectionName() {
    return text(By.id("pppoe-name"));
  }

  public String user() {
    return text(By.id("pppoe-user"));
  }

  public String password() {
    return text(By.id("pppoe-password"));
  }
}
