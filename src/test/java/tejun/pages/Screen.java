package tejun.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tejun.ScenarioRecords;
import tejun.browser.Acting;
import tejun.network.SimulatedNetwork;

/**
 * A screen the user sees, recognised by its title: the constructor waits until the browser shows
 * it, so creating a page object is itself the check that the procedure reached that screen. What a
 * person does on any screen (press a button by its label, type into a labelled field, choose an
 * option) is here, found by the words the person reads.
 */
public abstract class Screen {
  /** Short enough that no step waits out a polling interval after the page is ready. */
  private static final Duration POLLING = Duration.ofMillis(25);

  private static final Duration PATIENCE =
      Duration.ofSeconds(Long.getLong("tejun.wait.seconds", 10));

  /** A link or button whose visible words are %1$s. */
  private static final String BUTTON_OR_LINK =
      "//a[normalize-space(.)=%1$s] | //button[normalize-space(.)=%1$s]"
          + " | //input[(@type='submit' or @type='button') and @value=%1$s]";

  /** A field whose label (or, failing one, aria-label) reads %1$s. */
  private static final String LABELLED_FIELD =
      "//*[@id=//label[normalize-space(.)=%1$s]/@for]"
          + " | //label[normalize-space(.)=%1$s]//*[self::input or self::select or self::textarea]"
          + " | //*[(self::input or self::select or self::textarea) and @aria-label=%1$s]";

  protected final WebDriver driver;

  protected Screen(WebDriver driver, String title) {
    this(driver);
    waitUntil(ExpectedConditions.titleIs(title), "画面「" + title + "」");
    Compared.title(title);
  }

  /** For a screen recognised by something other than its title. */
  protected Screen(WebDriver driver) {
    this.driver = driver;
  }

  protected <T> T waitUntil(Function<WebDriver, T> condition, String what) {
    WebDriverWait wait = new WebDriverWait(driver, PATIENCE, POLLING);
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(
        () ->
            what
                + "が表示されるはずが、ブラウザには「"
                + driver.getTitle()
                + "」("
                + driver.getCurrentUrl()
                + ") が表示されています");
    return wait.until(
        d -> {
          T met = condition.apply(d);
          if (met == null || Boolean.FALSE.equals(met)) {
            failIfNoStubAnswered(d);
          }
          return met;
        });
  }

  /** No need to wait out the patience on the fail-closed page: nothing else will come. */
  private static void failIfNoStubAnswered(WebDriver driver) {
    if (SimulatedNetwork.FAIL_CLOSED_TITLE.equals(driver.getTitle())) {
      throw new AssertionError(
          "模擬ネットワークにこの宛先はありません ("
              + ScenarioRecords.UNANSWERED_MARKER
              + " "
              + driver.getCurrentUrl()
              + ")\n"
              + driver.findElement(By.tagName("body")).getText());
    }
  }

  protected WebElement find(By locator) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator), "要素 " + locator);
  }

  protected String text(By locator) {
    return find(locator).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  /** The screen's main heading. */
  public String heading() {
    return text(By.tagName("h1"));
  }

  /** The message a site shows for bad input: its alert on the screen. */
  public String error() {
    return text(By.cssSelector("[role=alert]"));
  }

  /** Everything the screen says, once it says {@code words}. */
  public String saying(String words) {
    return waitUntil(
        d -> {
          String text = d.findElement(By.tagName("body")).getText();
          return text.contains(words) ? text : null;
        },
        "「" + words + "」");
  }

  /**
   * The first link or button matching the XPath in arguments[0] that a person could press (shown,
   * not disabled), whether pressing it replaces the page (a link to another address, not a new
   * window, or a form's submit button), and its box. One round trip, asked again until it is there.
   */
  private static final String PRESSABLE =
      """
      const found = document.evaluate(arguments[0], document, null,
          XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      for (let i = 0; i < found.snapshotLength; i++) {
        const e = found.snapshotItem(i);
        if (!e.checkVisibility({visibilityProperty: true}) || e.disabled) continue;
        if (e.tagName === 'A') {
          const href = e.getAttribute('href');
          return [e, href !== null && !href.startsWith('#') && !href.startsWith('javascript:')
              && e.getAttribute('target') !== '_blank', box(e)];
        }
        const type = e.getAttribute('type');
        return [e, e.form !== null && (e.tagName !== 'BUTTON' || (type !== 'button' && type !== 'reset')),
            box(e)];
      }
      return null;
      """
          + Acting.BOX_FUNCTION;

  /**
   * Presses a link or button by the label the user reads on it; when that replaces the page, waits
   * until the page it was on is gone, so that the next step sees the new one.
   */
  public void click(String label) {
    String xpath = String.format(BUTTON_OR_LINK, literal(label));
    List<?> pressable =
        waitUntil(
            d -> (List<?>) ((JavascriptExecutor) d).executeScript(PRESSABLE, xpath),
            "「" + label + "」");
    WebElement target = (WebElement) pressable.get(0);
    Compared.found(label, Acting.rectangle(pressable.get(2)));
    if (Boolean.TRUE.equals(pressable.get(1))) {
      pressAndLeave(target, "「" + label + "」の次の画面");
    } else {
      target.click();
    }
  }

  /**
   * Presses what sends the page away (a link, a form's button) and waits until that page is gone,
   * so that the next step, and the screenshot after this one, see the page that answered, even when
   * it has the same title.
   */
  protected void pressAndLeave(WebElement target, String next) {
    target.click();
    waitUntil(d -> replaced(target), next);
  }

  /**
   * Whether the page {@code element} belonged to is gone. While the next one loads, Chromium may
   * answer about the old element with another error than "stale" (its node no longer belongs to the
   * document): that is asked again, not taken for a failure.
   */
  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  /** Where the link whose visible words are {@code label} leads, as its page wrote it. */
  public Optional<String> linkTarget(String label) {
    By link = By.xpath("//a[normalize-space(.)=" + literal(label) + "]");
    return Optional.ofNullable(find(link).getDomAttribute("href"));
  }

  /** Types into the field whose label reads {@code label}, replacing what was there. */
  public void enter(String label, String value) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(value);
  }

  /** What the field labelled {@code label} holds now. */
  public String valueOf(String label) {
    return field(label).getAttribute("value");
  }

  /**
   * Chooses {@code option} for the question labelled {@code label}: an option of a drop-down, or a
   * radio button of a group whose legend is {@code label}.
   */
  public void choose(String label, String option) {
    By group =
        By.xpath(
            "//fieldset[legend[normalize-space(.)="
                + literal(label)
                + "]]//label[normalize-space(.)="
                + literal(option)
                + "]");
    if (!driver.findElements(group).isEmpty()) {
      find(group).click();
      Compared.read(label);
      Compared.read(option);
      return;
    }
    new Select(field(label)).selectByVisibleText(option);
    Compared.read(option);
  }

  /**
   * Answers the question labelled {@code label} with {@code value}, as its kind of field takes it:
   * a radio group by its legend, a drop-down, or a text field. An empty value leaves a radio group
   * unanswered and a text field empty.
   */
  public void fill(String label, String value) {
    By group = By.xpath("//fieldset[legend[normalize-space(.)=" + literal(label) + "]]");
    if (!driver.findElements(group).isEmpty()) {
      if (!value.isEmpty()) {
        choose(label, value);
      }
    } else if (field(label).getTagName().equals("select")) {
      choose(label, value);
    } else {
      enter(label, value);
    }
  }

  /** Ticks the check box labelled {@code label}, if it is not ticked yet. */
  public void check(String label) {
    WebElement box = field(label);
    if (!box.isSelected()) {
      box.click();
    }
  }

  protected WebElement field(String label) {
    By byLabel = byText(LABELLED_FIELD, label);
    WebElement field =
        waitUntil(ExpectedConditions.presenceOfElementLocated(byLabel), "入力欄「" + label + "」");
    Compared.read(label);
    return field;
  }

  protected void type(By field, String value) {
    WebElement input = find(field);
    input.clear();
    input.sendKeys(value);
  }

  /** Navigation that may end on Chromium's own error page, which is a page the user sees too. */
  public static void navigate(WebDriver driver, String url) {
    try {
      driver.get(url);
    } catch (WebDriverException e) {
      rethrowUnlessNetworkError(e);
    }
  }

  public static void reload(WebDriver driver) {
    try {
      driver.navigate().refresh();
    } catch (WebDriverException e) {
      rethrowUnlessNetworkError(e);
    }
  }

  private static void rethrowUnlessNetworkError(WebDriverException e) {
    if (e.getMessage() == null || !e.getMessage().contains("net::ERR_")) {
      throw e;
    }
  }

  private static By byText(String xpath, String words) {
    return By.xpath(xpath.formatted(literal(words)));
  }

  /** An XPath string literal for any text, quotes included. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
