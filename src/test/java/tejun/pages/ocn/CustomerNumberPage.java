package tejun.pages.ocn;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「dアカウント連携 OCNお客さま番号の確認」: the contract, and the number once it is ready. */
public final class CustomerNumberPage extends Screen {
  private static final By NUMBER = By.id("customer-number");
  private static final By PREPARING = By.id("customer-number-preparing");

  public CustomerNumberPage(WebDriver driver) {
    super(driver, "dアカウント連携 OCNお客さま番号の確認");
  }

  public boolean showsNumber() {
    return !driver.findElements(NUMBER).isEmpty();
  }

  /** What the page says instead of the number while it is being prepared. */
  public String preparing() {
    return text(PREPARING);
  }

  public String number() {
    return text(NUMBER);
  }
}
