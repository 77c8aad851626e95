package tejun.pages.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 「メールの作成」: a new mail from one mailbox, empty or filled from a {@code mailto:} link as a mail
 * program fills it (宛先, 件名, 本文).
 */
public final class ComposePage extends MailScreen {
  private static final By FROM = By.id("from");

  public ComposePage(WebDriver driver) {
    super(driver, "メールの作成");
  }

  /** A new mail from {@code from}, filled from {@code mailtoLink} when there is one. */
  public static ComposePage open(WebDriver driver, String from, String mailtoLink) {
    String url = HOME + "compose?from=" + encode(from);
    navigate(driver, mailtoLink == null ? url : url + "&url=" + encode(mailtoLink));
    return new ComposePage(driver);
  }

  public String from() {
    return text(FROM);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
