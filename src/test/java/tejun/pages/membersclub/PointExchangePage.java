package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「ポイント交換」: the form shown once the line is authenticated. */
public final class PointExchangePage extends Screen {
  /** Where the catalog's 「ポイント交換」 leads, with the chosen product in its query. */
  public static final String PATH = "/pub/point/exchange.html";

  private static final By FORM = By.id("exchange-form");
  private static final By ITEM = By.id("item");

  public PointExchangePage(WebDriver driver) {
    super(driver, "ポイント交換");
  }

  /** The words of the form's button. */
  public String submitLabel() {
    return find(FORM).findElement(By.cssSelector("button[type=submit]")).getText();
  }

  public String item() {
    return text(ITEM);
  }
}
