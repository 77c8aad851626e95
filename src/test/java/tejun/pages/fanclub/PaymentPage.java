package tejun.pages.fanclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「月会費のお支払い」: the payment screen a Plus member ID without a valid membership is shown. */
public final class PaymentPage extends Screen {
  public static final String PATH = "/payment";
  private static final By FEE = By.id("fee");

  public PaymentPage(WebDriver driver) {
    super(driver, "月会費のお支払い");
  }

  public String fee() {
    return text(FEE);
  }
}
