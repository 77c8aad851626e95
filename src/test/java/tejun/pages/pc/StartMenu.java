package tejun.pages.pc;

import org.openqa.selenium.WebDriver;

/** The Windows button's menu (スタート). */
public final class StartMenu extends PcScreen {
  public StartMenu(WebDriver driver) {
    super(driver, "スタート");
  }

  public static StartMenu open(WebDriver driver) {
    navigate(driver, HOME);
    return new StartMenu(driver);
  }

  public WindowsSettingsPage openSettings() {
    click("設定");
    return new WindowsSettingsPage(driver);
  }
}
