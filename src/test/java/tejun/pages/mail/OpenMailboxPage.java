package tejun.pages.mail;

import org.openqa.selenium.WebDriver;

/** 「メールボックスを開く」: where a person types the address whose mail they want to read. */
public final class OpenMailboxPage extends MailScreen {
  public OpenMailboxPage(WebDriver driver) {
    super(driver, "メールボックスを開く");
  }

  public static OpenMailboxPage open(WebDriver driver) {
    navigate(driver, HOME);
    return new OpenMailboxPage(driver);
  }

  public InboxPage open(String address) {
    enter("メールアドレス", address);
    click("開く");
    return new InboxPage(driver);
  }
}
