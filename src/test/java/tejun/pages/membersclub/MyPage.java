package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「フレッツ光メンバーズクラブ マイページ」: the member's menu of procedures. */
public final class MyPage extends Screen {
  private static final By MEMBER_ID = By.id("member-id");

  public MyPage(WebDriver driver) {
    super(driver, "フレッツ光メンバーズクラブ マイページ");
  }

  public static MyPage open(WebDriver driver) {
    navigate(driver, "https://members-club.flets.com/pub/mypage/");
    return new MyPage(driver);
  }

  public String memberId() {
    return text(MEMBER_ID);
  }

  /** Follows a procedure's link; what appears next depends on line authentication. */
  public void choose(String procedure) {
    click(procedure);
  }

  public PointCatalogPage openPointCatalog() {
    click("ポイント交換");
    return new PointCatalogPage(driver);
  }

  public LoginPage logOut() {
    click("ログアウト");
    return new LoginPage(driver);
  }
}
