package tejun.pages.pc;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「ネットワークとインターネット」, with its left menu. */
public final class NetworkAndInternetPage extends PcScreen {
  public NetworkAndInternetPage(WebDriver driver) {
    super(driver, "ネットワークとインターネット");
  }

  /** 「接続先」: the network the PC's current route reaches. */
  public String route() {
    return text(By.id("route"));
  }

  public DialUpPage openDialUp() {
    click("ダイヤルアップ");
    return new DialUpPage(driver);
  }
}
