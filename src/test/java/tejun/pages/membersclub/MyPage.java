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

  /** The member's ID with its label, as the page shows it: 「会員ID: …」. */
  public String memberIdLine() {
    return find(MEMBER_ID).findElement(By.xpath("..")).getText();
  }

  /** The site's name in the header every page of the site has. */
  public String siteName() {
    return text(By.cssSelector("header .site"));
  }

  public PointCatalogPage openPointCatalog() {
    click("ポイント交換");
    return new PointCatalogPage(driver);
  }
}
