package tejun.pages.phone;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「着信」: one incoming call, its caller and time, and the words its voice reads out. */
public final class CallPage extends PhoneScreen {
  public static final String TITLE = PREFIX + "着信";

  private static final By FROM = By.id("from");
  private static final By TIME = By.id("time");
  private static final By VOICE = By.id("voice");

  public CallPage(WebDriver driver) {
    super(driver, "着信");
  }

  public String caller() {
    return text(FROM);
  }

  public String time() {
    return text(TIME);
  }

  /** What the voice says. */
  public String words() {
    return text(VOICE);
  }
}
