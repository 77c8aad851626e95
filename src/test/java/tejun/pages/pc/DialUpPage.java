package tejun.pages.pc;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 「ダイヤルアップ」: the dial-up connections, each with 「接続」 or 「切断」. */
public final class DialUpPage extends PcScreen {

  public DialUpPage(WebDriver driver) {
    super(driver, "ダイヤルアップ");
  }

  public SetUpConnectionPage setUpNewConnection() {
    click("新しい接続を設定する");
    return new SetUpConnectionPage(driver);
  }

  public DialUpPage reload() {
    reload(driver);
    return new DialUpPage(driver);
  }

  /** The names of the dial-up connections the page lists, in its order. */
  public List<String> connectionNames() {
    return driver.findElements(By.cssSelector("[data-connection] .name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String status(String name) {
    return find(connection(name)).findElement(By.className("status")).getText();
  }

  public String buttonOf(String name) {
    return find(connection(name)).findElement(By.tagName("button")).getText();
  }

  /** Presses the connection's button, which sends its form, and gives the page the PC answers. */
  public DialUpPage press(String name, String button) {
    WebElement connection = find(connection(name));
    pressAndLeave(
        connection.findElement(By.xpath(".//button[normalize-space(.)='" + button + "']")),
        "「" + name + "」の「" + button + "」の次の画面");
    return new DialUpPage(driver);
  }

  private static By connection(String name) {
    return By.cssSelector("[data-connection='" + name + "']");
  }
}
