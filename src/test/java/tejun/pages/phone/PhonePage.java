package tejun.pages.phone;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 「SMSと着信」: one number's SMS and incoming calls, newest first, each openable. */
public final class PhonePage extends PhoneScreen {
  private static final By SMS = By.cssSelector("li.sms a");
  private static final By SMS_TEXT = By.cssSelector("li.sms .text");
  private static final By CALLS = By.cssSelector("li.call a");
  private static final By LINE = By.id("line");

  public PhonePage(WebDriver driver) {
    super(driver, "SMSと着信");
  }

  /** The phone with {@code number}, opened by its number. */
  public static PhonePage of(WebDriver driver, String number) {
    navigate(driver, phoneUrl(number));
    return new PhonePage(driver);
  }

  /** 携帯電話 or 固定電話. */
  public String line() {
    return text(LINE);
  }

  /** The texts of the SMS received, newest first. */
  public List<String> smsTexts() {
    return driver.findElements(SMS_TEXT).stream().map(WebElement::getText).toList();
  }

  public int callCount() {
    return driver.findElements(CALLS).size();
  }

  /** Opens the newest SMS, once one has arrived. */
  public SmsPage openNewestSms() {
    newest(SMS, "SMS").click();
    return new SmsPage(driver);
  }

  /** Answers the newest call, once one has come: its page shows the words the voice reads out. */
  public CallPage answerNewestCall() {
    newest(CALLS, "着信").click();
    return new CallPage(driver);
  }

  private WebElement newest(By entries, String what) {
    return waitUntil(
        d -> {
          Optional<WebElement> first = d.findElements(entries).stream().findFirst();
          if (first.isEmpty()) {
            reload(d);
          }
          return first.orElse(null);
        },
        "電話に" + what);
  }
}
