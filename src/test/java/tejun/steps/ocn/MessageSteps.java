package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.java.ja.ならば;
import java.util.Collections;
import tejun.context.ScenarioContext;
import tejun.pages.mail.InboxPage;
import tejun.pages.mail.MailPage;

/**
 * What the mails of the dアカウント site and of OCN say, and how many reached an address: the sender and
 * the lines of the body of the mail in front, and the count of one subject in an inbox.
 */
public class MessageSteps {
  private final ScenarioContext context;

  public MessageSteps(ScenarioContext context) {
    this.context = context;
  }

  @ならば("メールの差出人に「{文言}」と書かれている")
  public void sender(String words) {
    assertWritten(words, new MailPage(context.windowInFront()).from(), "メールの差出人");
  }

  /**
   * The inbox in a new tab (left in front), once it shows the mail: the mails with that subject,
   * {@code count} of them and no more.
   */
  @ならば("「{メールアドレス}」宛てに届いている「{件名}」は{int}通である")
  public void mailCount(String address, String subject, int count) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address).showing(subject);
    assertEquals(
        Collections.nCopies(count, subject),
        inbox.subjects().stream().filter(subject::equals).toList(),
        address + " の受信箱の「" + subject + "」");
  }
}
