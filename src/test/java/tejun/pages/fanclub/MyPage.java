package tejun.pages.fanclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「マイページ」: the member's data, where the member sees that the first login is complete. */
public final class MyPage extends Screen {
  private static final By MEMBER_NUMBER = By.id("member-number");
  private static final By JOINED = By.id("joined");
  private static final By STATUS = By.id("status");
  private static final By FIRST_LOGIN = By.id("first-login");

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
}
