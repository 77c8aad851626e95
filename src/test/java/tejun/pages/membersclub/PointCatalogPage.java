package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「ポイント交換 商品一覧」: products, each with a 「ポイント交換」 button. */
public final class PointCatalogPage extends Screen {
  public PointCatalogPage(WebDriver driver) {
    super(driver, "ポイント交換 商品一覧");
  }

  public void exchange(String product) {
    find(By.xpath("//tr[td[normalize-space(.)='" + product + "']]//a[normalize-space(.)='ポイント交換']"))
        .click();
  }
}
