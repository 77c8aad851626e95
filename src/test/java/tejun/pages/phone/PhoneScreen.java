package tejun.pages.phone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** A screen of the simulated phone on phone.tejun.test, titled 【模擬電話】…. */
abstract class PhoneScreen extends Screen {
  static final String HOME = "http://phone.tejun.test/";
  static final String PREFIX = "【模擬電話】";

  PhoneScreen(WebDriver driver, String title) {
    super(driver, PREFIX + title);
  }

  static String phoneUrl(String number) {
    return HOME + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }
}
