package tejun.pages.ocn;

import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/**
 * 「OCNトップ」: once logged in, the left side bar shows the dアカウント and the customer number, and the
 * 「OCNメール」 banner with the items above it.
 */
public final class OcnTopPage extends Screen {
  private static final By SIDE_CUSTOMER_NUMBER = By.id("side-customer-number");
  private static final By SIDE_BAR = By.cssSelector("aside");

  public OcnTopPage(WebDriver driver) {
    super(driver, "OCNトップ");
  }

  public String sideBarCustomerNumber() {
    return text(SIDE_CUSTOMER_NUMBER);
  }

  /**
   * The words of the side bar's links and banners, from the top of the page down, as they stand on
   * it (not as the markup orders them).
   */
  public List<String> sideBarEntriesTopDown() {
    return find(SIDE_BAR).findElements(By.xpath(".//a | .//*[contains(@class,'banner')]")).stream()
        .filter(WebElement::isDisplayed)
        .sorted(Comparator.comparingInt((WebElement e) -> e.getRect().getY()))
        .map(e -> e.getText().strip())
        .toList();
  }
}
