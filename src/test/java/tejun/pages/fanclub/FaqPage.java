package tejun.pages.fanclub;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/** 「サイトリニューアル後の初回ログインについて」: the FAQ's question and its answer. */
public final class FaqPage extends Screen {
  public static final String URL = "https://fc.plusmember.example/faq/first-login";

  private static final By HEADINGS = By.cssSelector("article.faq h2");
  private static final By CAUSES = By.cssSelector("#causes li");
  private static final By CAUTION = By.id("caution");
  private static final By UNSUPPORTED = By.cssSelector("#unsupported li");
  private static final By REQUIRED = By.cssSelector("#required li");
  private static final By RELATED = By.cssSelector("#related .question");
  private static final By SUPPORT_ADDRESS = By.id("support-address");
  private static final By SUPPORT_SUBJECT = By.id("support-subject");

  /** Each 《こちら》 link, by the heading or mark the FAQ writes it under. */
  private static final Map<String, By> HERE =
      Map.of(
          "●会員番号", By.cssSelector("#member-number a"),
          "●パスワード", By.cssSelector("#password a"),
          "■初回ログイン手順について", By.cssSelector("#procedure a"),
          "★2", By.cssSelector("#plus-member-id a"));

  public FaqPage(WebDriver driver) {
    super(driver, "サイトリニューアル後の初回ログインについて");
  }

  public static FaqPage open(WebDriver driver) {
    navigate(driver, URL);
    return new FaqPage(driver);
  }

  /** The answer's headings, in order (●会員番号, <ご注意>, ■…). */
  public List<String> headings() {
    return texts(HEADINGS);
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

  /** The other questions about the first login, without their 「Q.」. */
  public List<String> relatedQuestions() {
    return texts(RELATED);
  }

  public String supportAddress() {
    return text(SUPPORT_ADDRESS);
  }

  public String supportSubject() {
    return text(SUPPORT_SUBJECT);
  }

  /** ★1 for one carrier, headed {@code heading}: its site's URL, its steps and its notes. */
  public List<String> paymentInformationGuide(String heading) {
    return texts(
        By.xpath(
            "//section[contains(@class,'carrier')][normalize-space(h3)='"
                + heading
                + "']//*[self::p or self::li]"));
  }

  /** The words of the link written under {@code heading} (●会員番号, ●パスワード, ★2…). */
  public String linkUnder(String heading) {
    return text(here(heading));
  }

  /** Follows the link written under {@code heading}. */
  public void followLinkUnder(String heading) {
    pressAndLeave(find(here(heading)), "「" + heading + "」のリンクの次の画面");
  }

  private static By here(String heading) {
    By link = HERE.get(heading);
    if (link == null) {
      throw new IllegalArgumentException(
          "よくあるご質問の「" + heading + "」の下にリンクはありません (あるのは " + HERE.keySet() + ")");
    }
    return link;
  }

  private List<String> texts(By locator) {
    find(locator);
    return driver.findElements(locator).stream().map(WebElement::getText).toList();
  }
}
