package tejun.pages.fletswest;

import org.openqa.selenium.WebDriver;

/** 「回線情報通知「通知」設定登録受付完了」 (chapter 2-2, titled by the pattern of chapter 2-1). */
public final class NotifyRegistrationReceivedPage extends ReceiptScreen {
  public static final String TITLE = "回線情報通知「通知」設定登録受付完了";

  public NotifyRegistrationReceivedPage(WebDriver driver) {
    super(driver, TITLE);
  }
}
