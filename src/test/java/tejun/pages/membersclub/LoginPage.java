package tejun.pages.membersclub;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/** 「フレッツ光メンバーズクラブ ログイン」: 会員ID, パスワード, 「ログイン」. */
public final class LoginPage extends Screen {
  private static final By MEMBER_ID = By.id("memberId");
  private static final By PASSWORD = By.id("password");
  private static final By ERROR = By.id("login-error");

  public LoginPage(WebDriver driver) {
    super(driver, "フレッツ光メンバーズクラブ ログイン");
  }

  public static LoginPage open(WebDriver driver, String url) {
    navigate(driver, url);
    return new LoginPage(driver);
  }

  public MyPage logIn(String memberId, String password) {
    submit(memberId, password);
    return new MyPage(driver);
  }

  public LoginPage tryLogIn(String memberId, String password) {
    submit(memberId, password);
    LoginPage again = new LoginPage(driver);
    again.find(ERROR);
    return again;
  }

  public Optional<String> error() {
    return driver.findElements(ERROR).stream().findFirst().map(WebElement::getText);
  }

  public String enteredMemberId() {
    return find(MEMBER_ID).getAttribute("value");
  }

  private void submit(String memberId, String password) {
    type(MEMBER_ID, memberId);
    type(PASSWORD, password);
    click("ログイン");
  }
}
