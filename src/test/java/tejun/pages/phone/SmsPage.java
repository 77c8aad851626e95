package tejun.pages.phone;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「SMS」: one text message, with its sender and time. */
public final class SmsPage extends PhoneScreen {
  public static final String TITLE = PREFIX + "SMS";

  private static final By FROM = By.id("from");
  private static final By TIME = By.id("time");
  private static final By TEXT = By.id("text");

  public SmsPage(WebDriver driver) {
    super(driver, "SMS");
  }

  public String from() {
    return text(FROM);
  }

  public String time() {
    return text(TIME);
  }

  public String message() {
    return text(TEXT);
  }
}
