package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** A members' procedure screen, titled with the procedure's name (ニックネームの確認, ポイント交換…). */
public final class FunctionPage extends Screen {
  public FunctionPage(WebDriver driver, String procedure) {
    super(driver, procedure);
  }

  public String heading() {
    return text(By.tagName("h1"));
  }
}
