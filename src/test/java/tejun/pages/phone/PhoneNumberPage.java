package tejun.pages.phone;

import org.openqa.selenium.WebDriver;

/** 「電話番号を入力」: where a person types the number whose phone they want to look at. */
public final class PhoneNumberPage extends PhoneScreen {
  public PhoneNumberPage(WebDriver driver) {
    super(driver, "電話番号を入力");
  }

  public static PhoneNumberPage open(WebDriver driver) {
    navigate(driver, HOME);
    return new PhoneNumberPage(driver);
  }

  public PhonePage open(String number) {
    enter("電話番号", number);
    click("開く");
    return new PhonePage(driver);
  }
}
