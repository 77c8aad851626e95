package tejun.pages.fletswest;

import org.openqa.selenium.WebDriver;

/**
 * The confirmation before 「変更」 commits: 「回線情報通知 変更内容確認」 (chapter 2-1) or 「回線情報通知「通知」設定登録確認」
 * (chapter 2-2), the chosen providers with their new setting and the applicant.
 */
public abstract class ConfirmationScreen extends WsoScreen {

  protected ConfirmationScreen(WebDriver driver, String title) {
    super(driver, title);
  }

  /** The confirmation screen titled {@code title}. */
  public static ConfirmationScreen titled(WebDriver driver, String title) {
    return switch (title) {
      case ChangeConfirmPage.TITLE -> new ChangeConfirmPage(driver);
      case NotifyRegistrationConfirmPage.TITLE -> new NotifyRegistrationConfirmPage(driver);
      default -> throw new AssertionError("「" + title + "」は回線情報通知の確認画面ではありません");
    };
  }
}
