package tejun.pages.mail;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「メール」: one mail as the customer reads it, with its sender, recipient, date and subject. */
public final class MailPage extends MailScreen {
  public static final String TITLE = PREFIX + "メール";

  private static final By SUBJECT = By.id("subject");
  private static final By FROM = By.id("from");
  private static final By TO = By.id("to");
  private static final By DATE = By.id("date");
  private static final By BODY = By.id("body");

  public MailPage(WebDriver driver) {
    super(driver, "メール");
  }

  public String subject() {
    return text(SUBJECT);
  }

  public String from() {
    return text(FROM);
  }

  public String to() {
    return text(TO);
  }

  public String date() {
    return text(DATE);
  }

  public String body() {
    return text(BODY);
  }
}
