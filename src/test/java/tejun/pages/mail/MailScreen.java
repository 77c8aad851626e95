package tejun.pages.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** A page of the simulated webmail on mail.tejun.test, titled 【模擬メール】…. */
abstract class MailScreen extends Screen {
  static final String HOME = "http://mail.tejun.test/";
  static final String PREFIX = "【模擬メール】";

  MailScreen(WebDriver driver, String title) {
    super(driver, PREFIX + title);
  }

  static String inboxUrl(String address) {
    return HOME + "?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
  }
}
