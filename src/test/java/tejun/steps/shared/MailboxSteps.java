package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.network.MailtoLink;
import tejun.pages.CurrentScreen;
import tejun.pages.mail.ComposePage;
import tejun.pages.mail.InboxPage;
import tejun.pages.mail.MailPage;

/**
 * The customer's mailbox, in the simulated webmail (mail.tejun.test) in a new tab: the mail a site
 * sent, waited for and shown, so the step's screenshot is the mail itself; a mail written there, by
 * hand or from a site's {@code mailto:} link, and sent; and the check the mailbox's owner runs on a
 * mail received.
 */
public class MailboxSteps {
  private final ScenarioContext context;

  public MailboxSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("メールボックスで「{メールアドレス}」宛ての「{件名}」というメールを開く")
  public void openMail(String address, String subject) {
    context.tabs().openNew();
    InboxPage.of(context.tab(), address).openNewest(subject);
  }

  @ならば("「{メールアドレス}」宛てに「{件名}」というメールが届いている")
  public void mailArrived(String address, String subject) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address).showing(subject);
    Written.assertWritten(List.of(subject), inbox.subjects(), address + " の受信箱");
  }

  /** The same inbox in a new tab (left in front), empty: the site sent that address nothing. */
  @ならば("「{メールアドレス}」宛てにはメールが届いていない")
  public void noMail(String address) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address);
    assertEquals(List.of(), inbox.subjects(), address + " の受信箱にメールが届いている");
  }

  /** In the mail in front, the first address its text gives, clicked as a person would. */
  @もし("メールに書かれたURLを開く")
  public void openLinkInMail() {
    new MailPage(context.tab()).openFirstLink();
  }

  /**
   * What a mail program registered for {@code mailto:} does with the link: a new mail from the
   * customer's address, filled from the link, in a new tab.
   */
  @もし("「{ボタン・リンク}」のメールリンクを、メールボックス「{メールアドレス}」で開く")
  public void openMailtoLink(String label, String from) {
    String href =
        new CurrentScreen(context.tab())
            .linkTarget(label)
            .orElseThrow(() -> new AssertionError("「" + label + "」はリンクではありません"));
    assertTrue(href.startsWith(MailtoLink.SCHEME), "「" + label + "」はメールのリンクではありません: " + href);
    context.tabs().openNew();
    ComposePage.open(context.tab(), from, href);
  }

  @もし("メールボックス「{メールアドレス}」でメールを作成する")
  public void compose(String from) {
    context.tabs().openNew();
    ComposePage.open(context.tab(), from, null);
  }

  @ならば("作成中のメールの「{項目}」は「{入力値}」になっている")
  public void composeField(String label, String value) {
    assertEquals(value, new ComposePage(context.tab()).valueOf(label));
  }

  @ならば("作成中のメールの「{項目}」は次のとおり:")
  public void composeText(String label, String value) {
    assertEquals(value, new ComposePage(context.tab()).valueOf(label));
  }

  @ならば("このメールの確認で、次の不足・誤りが示される:")
  public void checkFinds(List<String> problems) {
    assertEquals(problems, new MailPage(context.tab()).checkProblems());
  }

  @ならば("このメールの確認で、不足・誤りはないと示される")
  public void checkPasses() {
    MailPage mail = new MailPage(context.tab());
    assertEquals(List.of(), mail.checkProblems());
    assertTrue(mail.checkComplete(), "確認の結果が表示されていない");
  }

  /** Each line, whole, among the lines of the body of the mail in front, in this order. */
  @ならば("メールの本文に、次の行がこの順で書かれている:")
  public void bodyLines(List<String> lines) {
    List<String> body =
        new MailPage(context.windowInFront()).body().lines().map(String::strip).toList();
    Written.assertWritten(lines, body, "メールの本文");
  }
}
