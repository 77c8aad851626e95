package tejun.pages.ocn;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「dアカウント連携 OCNお客さま番号の確認」: the contract, and the number once it is ready. */
public final class CustomerNumberPage extends Screen {
  private static final By NUMBER_CELL = By.xpath("//tr[th[normalize-space(.)='OCNお客さま番号']]/td");

  public CustomerNumberPage(WebDriver driver) {
    super(driver, "dアカウント連携 OCNお客さま番号の確認");
  }

  /** What the row 「OCNお客さま番号」 shows: empty until the number is ready. */
  public String number() {
    return driver.findElement(NUMBER_CELL).getText().strip();
  }
}
