package tejun.pages.ocn;

import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
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
   * Whether the side bar's item {@code item} stands right above the banner that reads {@code
   * banner}: over it on the page, in the same column, nothing else of the side bar between them.
   */
  public boolean itemRightAboveBanner(String item, String banner) {
    WebElement side = find(SIDE_BAR);
    WebElement link = side.findElement(By.xpath(".//a[normalize-space(.)='" + item + "']"));
    WebElement box =
        side.findElement(
            By.xpath(".//*[contains(@class,'banner') and normalize-space(.)='" + banner + "']"));
    Rectangle above = link.getRect();
    Rectangle below = box.getRect();
    boolean over = above.getY() + above.getHeight() <= below.getY();
    boolean sameColumn =
        above.getX() < below.getX() + below.getWidth()
            && below.getX() < above.getX() + above.getWidth();
    boolean adjacent =
        side.findElements(By.xpath(".//a | .//*[contains(@class,'banner')]")).stream()
            .map(WebElement::getRect)
            .noneMatch(
                r ->
                    r.getY() >= above.getY() + above.getHeight()
                        && r.getY() + r.getHeight() <= below.getY());
    return over && sameColumn && adjacent;
  }
}
