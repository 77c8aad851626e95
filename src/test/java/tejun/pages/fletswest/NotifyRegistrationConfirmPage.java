package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「回線情報通知「通知」設定登録確認」 (chapter 2-2), with its お申し込みID. */
public final class NotifyRegistrationConfirmPage extends ConfirmationScreen {
  public static final String TITLE = "回線情報通知「通知」設定登録確認";

  public NotifyRegistrationConfirmPage(WebDriver driver) {
    super(driver, TITLE);
  }

  /** お申し込みID, as the screen gives it, label and all. */
  public String orderId() {
    return text(By.id("order-id"));
  }
}
