package tejun.pages.ocn;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「OCNトップ」: once logged in, the left side bar shows the dアカウント and the customer number. */
public final class OcnTopPage extends Screen {
  private static final By SIDE_CUSTOMER_NUMBER = By.id("side-customer-number");

  public OcnTopPage(WebDriver driver) {
    super(driver, "OCNトップ");
  }

  public String sideBarCustomerNumber() {
    return text(SIDE_CUSTOMER_NUMBER);
  }
}
