package tejun.pages.pc;

import org.openqa.selenium.WebDriver;

/** The スタート menu, opened by the Windows button. */
public final class StartMenu extends PcScreen {
  StartMenu(WebDriver driver) {
    super(driver, "スタート");
  }

  public WindowsSettingsPage openSettings() {
    click("設定");
    return new WindowsSettingsPage(driver);
  }
}
