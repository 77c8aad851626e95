package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import tejun.context.ScenarioContext;
import tejun.pages.CurrentScreen;
import tejun.pages.mail.MailPage;
import tejun.pages.phone.CallPage;
import tejun.pages.phone.SmsPage;

/**
 * Writing down a code from the mail, SMS or call in front, as a person would read it, checking its
 * length, and typing it in where a site asks for it.
 */
public class NoteSteps {
  private final ScenarioContext context;

  public NoteSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("{番号名}を控える")
  public void note(String label) {
    List<String> texts = message(context.windowInFront(), label);
    String digits =
        texts.stream()
            .map(text -> WrittenDigits.after(text, label))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "「" + label + "」のあとに数字がありません:\n" + String.join("\n", texts)));
    context.remember(label, digits);
  }

  @もし("控えた{番号名}を「{項目}」に入力する")
  public void enterNoted(String label, String field) {
    new CurrentScreen(context.windowInFront()).enter(field, context.recall(label));
  }

  /**
   * A code of the same length that is surely not the one written down: each digit one higher, so
   * the site's refusal is the only thing the next step can see.
   */
  @もし("「{項目}」に、控えた{番号名}とは違う数字を入力する")
  public void enterOtherThanNoted(String field, String label) {
    StringBuilder other = new StringBuilder();
    context.recall(label).chars().forEach(c -> other.append((char) ('0' + (c - '0' + 1) % 10)));
    new CurrentScreen(context.windowInFront()).enter(field, other.toString());
  }

  @ならば("控えた{番号名}は{int}桁の数字である")
  public void notedHasDigits(String label, int digits) {
    String noted = context.recall(label);
    assertTrue(
        noted.matches("[0-9]{" + digits + "}"),
        "控えた" + label + "「" + noted + "」は" + digits + "桁の数字ではない");
  }

  /** What the mail (its body, then its subject), SMS or call in front says. */
  private static List<String> message(WebDriver driver, String label) {
    String title = driver.getTitle();
    if (title.equals(MailPage.TITLE)) {
      MailPage mail = new MailPage(driver);
      return List.of(mail.body(), mail.subject());
    }
    if (title.equals(SmsPage.TITLE)) {
      return List.of(new SmsPage(driver).message());
    }
    if (title.equals(CallPage.TITLE)) {
      return List.of(new CallPage(driver).words());
    }
    throw new AssertionError(
        "「" + label + "を控える」は、模擬メールのメールか模擬電話のSMS・着信の画面で使います。前にある画面は「" + title + "」です。");
  }
}
