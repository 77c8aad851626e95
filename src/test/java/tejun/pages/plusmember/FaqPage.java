package tejun.pages.plusmember;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/** 「サイトリニューアル後の初回ログインについて」: the FAQ's question and its answer. */
public final class FaqPage extends Screen {
  public static final String URL = "https://fc.plusmember.example/faq/first-login";

  private static final By CAUSES = By.cssSelector("#causes li");
  private static final By CAUTION = By.id("caution");
  private static final By UNSUPPORTED = By.cssSelector("#unsupported li");
  private static final By REQUIRED = By.cssSelector("#required li");
  private static final By RELATED = By.cssSelector("#related li");
  private static final By SUPPORT_ADDRESS = By.id("support-address");
  private static final By SUPPORT_SUBJECT = By.id("support-subject");

  public FaqPage(WebDriver driver) {
    super(driver, "サイトリニューアル後の初回ログインについて");
  }

  public static FaqPage open(WebDriver driver) {
    navigate(driver, URL);
    return new FaqPage(driver);
  }

  public List<String> causes() {
    return texts(CAUSES);
  }

  /** The <ご注意> about the payment screen. */
  public String caution() {
    return text(CAUTION);
  }

  public List<String> unsupportedEnvironments() {
    return texts(UNSUPPORTED);
  }

  /** The template's 本文【必須事項】. */
  public List<String> requiredItems() {
    return texts(REQUIRED);
  }

  public List<String> relatedQuestions() {
    return texts(RELATED);
  }

  public String supportAddress() {
    return text(SUPPORT_ADDRESS);
  }

  public String supportSubject() {
    return text(SUPPORT_SUBJECT);
  }

  private List<String> texts(By locator) {
    find(locator);
    return driver.findElements(locator).stream().map(WebElement::getText).toList();
  }
}
