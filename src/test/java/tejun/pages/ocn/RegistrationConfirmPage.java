package tejun.pages.ocn;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** The dアカウント site's 「登録内容確認」: what was entered, item by item, before the terms. */
public final class RegistrationConfirmPage extends Screen {
  public RegistrationConfirmPage(WebDriver driver) {
    super(driver, "登録内容確認");
  }

  /** What the row headed {@code item} shows. */
  public String shown(String item) {
    return text(By.xpath("//tr[th[normalize-space(.)='" + item + "']]/td"));
  }
}
