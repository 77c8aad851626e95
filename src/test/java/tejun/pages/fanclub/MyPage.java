package tejun.pages.fanclub;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/**
 * 「マイページ」: the member's data (where the member sees that the first login is complete) and the
 * payments the site recorded.
 */
public final class MyPage extends Screen {
  private static final By MEMBER_NUMBER = By.id("member-number");
  private static final By JOINED = By.id("joined");
  private static final By STATUS = By.id("status");
  private static final By FIRST_LOGIN = By.id("first-login");
  private static final By PAYMENT_ROWS = By.cssSelector("#payments tr:not(:first-child)");
  private static final By NO_PAYMENTS = By.id("no-payments");
  private static final By PAYMENTS = By.cssSelector("#payments, #no-payments");

  public MyPage(WebDriver driver) {
    super(driver, "マイページ");
  }

  public String memberNumber() {
    return text(MEMBER_NUMBER);
  }

  public String joined() {
    return text(JOINED);
  }

  public String status() {
    return text(STATUS);
  }

  public String firstLogin() {
    return text(FIRST_LOGIN);
  }

  /**
   * The お支払い履歴 as the screen writes it: each payment's cells, or the one sentence that says there
   * are none.
   */
  public List<List<String>> payments() {
    find(PAYMENTS);
    if (!driver.findElements(NO_PAYMENTS).isEmpty()) {
      return List.of(List.of(text(NO_PAYMENTS)));
    }
    return driver.findElements(PAYMENT_ROWS).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(c -> c.getText()).toList())
        .toList();
  }

  public LoginPage logOut() {
    click("ログアウト");
    return new LoginPage(driver);
  }
}
