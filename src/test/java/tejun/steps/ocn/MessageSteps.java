package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.java.ja.ならば;
import java.util.Arrays;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.mail.InboxPage;
import tejun.pages.mail.MailPage;
import tejun.pages.phone.PhonePage;

/**
 * What the mails, SMS and calls of the dアカウント site and of OCN say, and to whom they went: the lines
 * of a mail's body, compared in the mail in front, and the mailboxes and phones that got nothing,
 * or only one message.
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

  /** Each line, whole, among the lines of the body of the mail in front, in this order. */
  @ならば("メールの本文に、次の行がこの順で書かれている:")
  public void bodyLines(List<String> lines) {
    List<String> body =
        Arrays.stream(new MailPage(context.windowInFront()).body().split("\n"))
            .map(String::strip)
            .toList();
    assertWritten(lines, body, "メールの本文");
  }

  /** The inbox in a new tab (left in front), holding that one mail and no other. */
  @ならば("「{メールアドレス}」宛てに届いているのは「{件名}」の1通だけである")
  public void onlyMail(String address, String subject) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address).showing(subject);
    assertEquals(List.of(subject), inbox.subjects(), address + " の受信箱");
  }

  /** The phone in a new tab (left in front), with no call in its list. */
  @ならば("電話「{電話番号}」には着信がない")
  public void noCall(String number) {
    context.tabs().openNew();
    PhonePage phone = PhonePage.of(context.tab(), number);
    assertEquals(0, phone.callCount(), number + "（" + phone.line() + "）に着信がある");
  }
}
