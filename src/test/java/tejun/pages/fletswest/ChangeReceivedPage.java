package tejun.pages.fletswest;

import org.openqa.selenium.WebDriver;

/** 「回線情報通知 変更受付完了」 (chapter 2-1). */
public final class ChangeReceivedPage extends ReceiptScreen {
  public static final String TITLE = "回線情報通知 変更受付完了";

  public ChangeReceivedPage(WebDriver driver) {
    super(driver, TITLE);
  }
}
