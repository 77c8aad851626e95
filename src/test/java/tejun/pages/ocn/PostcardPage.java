package tejun.pages.ocn;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/**
 * 「ハガキ」: the postcard NTTコミュニケーションズ sent to the contract's home, as the simulated site shows it:
 * its title, the URL printed on it and its sender.
 */
public final class PostcardPage extends Screen {
  private static final String ADDRESS = "https://www.ocn.ne.jp/tejun/hagaki?to=";
  private static final By TITLE = By.id("letter-title");
  private static final By URL = By.id("letter-url");
  private static final By SENDER = By.id("letter-sender");

  public PostcardPage(WebDriver driver) {
    super(driver, "ハガキ");
  }

  /** The postcard sent to the contract of the OCN mail address {@code ocnMail}. */
  public static PostcardPage sentTo(WebDriver driver, String ocnMail) {
    navigate(driver, ADDRESS + URLEncoder.encode(ocnMail, StandardCharsets.UTF_8));
    return new PostcardPage(driver);
  }

  /** The title printed at the top of the postcard. */
  public String letterTitle() {
    return text(TITLE);
  }

  public String printedUrl() {
    return text(URL);
  }

  public String sender() {
    return text(SENDER);
  }
}
