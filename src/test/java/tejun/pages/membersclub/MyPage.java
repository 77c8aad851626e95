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

  public String memberId() {
    return text(MEMBER_ID);
  }

  public PointCatalogPage openPointCatalog() {
    click("ポイント交換");
    return new PointCatalogPage(driver);
  }
}
