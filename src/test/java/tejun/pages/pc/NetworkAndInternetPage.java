package tejun.pages.pc;

import org.openqa.selenium.WebDriver;

/** 「ネットワークとインターネット」, with its left menu. */
public final class NetworkAndInternetPage extends PcScreen {
  public NetworkAndInternetPage(WebDriver driver) {
    super(driver, "ネットワークとインターネット");
  }

  public DialUpPage openDialUp() {
    click("ダイヤルアップ");
    return new DialUpPage(driver);
  }
}
