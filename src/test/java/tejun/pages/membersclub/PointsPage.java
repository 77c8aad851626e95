package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「ポイント数の確認」: the member's current points. */
public final class PointsPage extends Screen {
  private static final By POINTS = By.id("points");

  public PointsPage(WebDriver driver) {
    super(driver, "ポイント数の確認");
  }

  public String points() {
    return text(POINTS);
  }
}
