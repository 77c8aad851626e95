package tejun.pages.pc;

import org.openqa.selenium.WebDriver;

/** 「Windowsの設定」. */
public final class WindowsSettingsPage extends PcScreen {
  public WindowsSettingsPage(WebDriver driver) {
    super(driver, "Windowsの設定");
  }

  public NetworkAndInternetPage openNetworkAndInternet() {
    click("ネットワークとインターネット");
    return new NetworkAndInternetPage(driver);
  }
}
