package tejun.pages.mail;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 「受信箱」: one address's mails, newest first (sender, subject, date). */
public final class InboxPage extends MailScreen {
  private static final By SUBJECTS = By.cssSelector("tr.mail td.subject a");
  private static final By ADDRESS = By.id("address");

  public InboxPage(WebDriver driver) {
    super(driver, "受信箱");
  }

  /** The inbox of {@code address}, opened by its address. */
  public static InboxPage of(WebDriver driver, String address) {
    navigate(driver, inboxUrl(address));
    return new InboxPage(driver);
  }

  public String address() {
    return text(ADDRESS);
  }

  /** The subjects listed, newest first. */
  public List<String> subjects() {
    return driver.findElements(SUBJECTS).stream().map(WebElement::getText).toList();
  }

  /** This inbox once a mail with exactly {@code subject} is in it, reloading until it is. */
  public InboxPage showing(String subject) {
    newest(subject);
    return this;
  }

  /** Opens the newest mail with exactly {@code subject}, once it has arrived. */
  public MailPage openNewest(String subject) {
    newest(subject).click();
    return new MailPage(driver);
  }

  private WebElement newest(String subject) {
    return waitUntil(
        d -> {
          Optional<WebElement> link =
              d.findElements(SUBJECTS).stream()
                  .filter(a -> a.getText().equals(subject))
                  .findFirst();
          if (link.isEmpty()) {
            reload(d);
          }
          return link.orElse(null);
        },
        "受信箱に「" + subject + "」というメール");
  }
}
