package tejun.pages.fletswest;

import org.openqa.selenium.WebDriver;

/** 「回線情報通知 変更内容確認」 (chapter 2-1). */
public final class ChangeConfirmPage extends ConfirmationScreen {
  public static final String TITLE = "回線情報通知 変更内容確認";

  public ChangeConfirmPage(WebDriver driver) {
    super(driver, TITLE);
  }
}
