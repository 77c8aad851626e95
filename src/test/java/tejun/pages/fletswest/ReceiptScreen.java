package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The reception page after 「変更」: 「回線情報通知 変更受付完了」 (chapter 2-1) or 「回線情報通知「通知」設定登録受付完了」 (chapter
 * 2-2), with the reception date and time, the changes, the applicant and 画面印刷（保存）.
 */
public abstract class ReceiptScreen extends WsoScreen {
  private static final By RECEIVED_AT = By.id("received-at");
  private static final By PRINT = By.id("print");

  protected ReceiptScreen(WebDriver driver, String title) {
    super(driver, title);
  }

  public String receivedAt() {
    return text(RECEIVED_AT);
  }

  /** The words of the button that prints the page, when it can be pressed; else nothing. */
  public String printButton() {
    WebElement button = find(PRINT);
    return button.isEnabled() ? button.getText() : "";
  }

  /** The reception page titled {@code title}. */
  public static ReceiptScreen titled(WebDriver driver, String title) {
    return switch (title) {
      case ChangeReceivedPage.TITLE -> new ChangeReceivedPage(driver);
      case NotifyRegistrationReceivedPage.TITLE -> new NotifyRegistrationReceivedPage(driver);
      default -> throw new AssertionError("「" + title + "」は回線情報通知の受付完了画面ではありません");
    };
  }
}
