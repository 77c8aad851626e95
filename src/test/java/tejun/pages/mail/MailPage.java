package tejun.pages.mail;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 「メール」: one mail as the customer reads it, with its sender, recipient, date and subject. */
public final class MailPage extends MailScreen {
  public static final String TITLE = PREFIX + "メール";

  private static final By SUBJECT = By.id("subject");
  private static final By FROM = By.id("from");
  private static final By TO = By.id("to");
  private static final By DATE = By.id("date");
  private static final By BODY = By.id("body");
  private static final By FIRST_LINK = By.cssSelector("#body a");
  private static final By CHECK_TITLE = By.id("check-title");
  private static final By CHECK_COMPLETE = By.id("check-complete");
  private static final By CHECK_PROBLEMS = By.cssSelector("#check-problems li");

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

  /** Follows the first address in the mail's text, as a person clicks it in a mail program. */
  public void openFirstLink() {
    pressAndLeave(find(FIRST_LINK), "メールのURLの画面");
  }

  /** The heading of the mailbox's check of this mail. */
  public String checkTitle() {
    return text(CHECK_TITLE);
  }

  /** What the check found missing or malformed; empty when it says the mail is complete. */
  public List<String> checkProblems() {
    checkTitle();
    return driver.findElements(CHECK_PROBLEMS).stream().map(WebElement::getText).toList();
  }

  public boolean checkComplete() {
    return !driver.findElements(CHECK_COMPLETE).isEmpty();
  }
}
