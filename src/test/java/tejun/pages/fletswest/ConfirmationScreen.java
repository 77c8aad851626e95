package tejun.pages.fletswest;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The confirmation before 「変更」 commits: 「回線情報通知 変更内容確認」 (chapter 2-1) or 「回線情報通知「通知」設定登録確認」
 * (chapter 2-2), the chosen providers with their new setting and the applicant.
 */
public abstract class ConfirmationScreen extends WsoScreen {
  private static final By CHANGES = By.id("changes");

  protected ConfirmationScreen(WebDriver driver, String title) {
    super(driver, title);
  }

  /** サービス名, サービス提供者名, 変更後. */
  public List<Map<String, String>> changes() {
    return rows(CHANGES);
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
