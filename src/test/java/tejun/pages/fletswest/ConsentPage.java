package tejun.pages.fletswest;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/** 「「回線情報通知」の利用にあたっての同意書」: its lettered sections, 「同意する」 and 「同意しない」. */
public final class ConsentPage extends Screen {
  private static final By SECTIONS = By.cssSelector("#consent h3");

  public ConsentPage(WebDriver driver) {
    super(driver, "「回線情報通知」の利用にあたっての同意書");
  }

  public List<String> sections() {
    find(SECTIONS);
    return driver.findElements(SECTIONS).stream().map(WebElement::getText).toList();
  }
}
