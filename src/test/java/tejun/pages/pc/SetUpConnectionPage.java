package tejun.pages.pc;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「接続またはネットワークのセットアップ」: choose a connection option, then 「次へ」. */
public final class SetUpConnectionPage extends PcScreen {
  public SetUpConnectionPage(WebDriver driver) {
    super(driver, "接続またはネットワークのセットアップ");
  }

  public ConnectToInternetPage choose(String option) {
    find(By.xpath("//label[normalize-space(.)='" + option + "']/input")).click();
    click("次へ");
    return new ConnectToInternetPage(driver);
  }
}
