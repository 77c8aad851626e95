package tejun.pages.fanclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「月会費のお支払い」: the payment screen a Plus member ID without a valid membership is shown. */
public final class PaymentPage extends Screen {
  private static final By FEE = By.id("fee");
  private static final By REASON = By.id("reason");

  public PaymentPage(WebDriver driver) {
    super(driver, "月会費のお支払い");
  }

  public String fee() {
    return text(FEE);
  }

  /** Why the site asks for the fee (withdrawn, no membership, joined too late). */
  public String reason() {
    return text(REASON);
  }

  /** Leaves the payment screen without paying: its 「マイページ」 link. */
  public MyPage leaveForMyPage() {
    click("マイページ");
    return new MyPage(driver);
  }
}
