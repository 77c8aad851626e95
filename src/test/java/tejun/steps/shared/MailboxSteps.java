package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.mail.InboxPage;

/**
 * The customer's mailbox, in the simulated webmail (mail.tejun.test) in a new tab: the mail a site
 * sent, waited for and shown, so the step's screenshot is the mail itself.
 */
public class MailboxSteps {
  private final ScenarioContext context;

  public MailboxSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("メールボックスで「{text}」宛ての「{text}」というメールを開く")
  public void openMail(String address, String subject) {
    context.tabs().openNew();
    InboxPage.of(context.tab(), address).openNewest(subject);
  }

  @ならば("「{text}」宛てに「{text}」というメールが届いている")
  public void mailArrived(String address, String subject) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address).showing(subject);
    assertTrue(
        inbox.subjects().contains(subject),
        address + " の受信箱に「" + subject + "」がない: " + inbox.subjects());
  }

  /** The same inbox in a new tab (left in front), empty: the site sent that address nothing. */
  @ならば("「{text}」宛てにはメールが届いていない")
  public void noMail(String address) {
    context.tabs().openNew();
    InboxPage inbox = InboxPage.of(context.tab(), address);
    assertEquals(List.of(), inbox.subjects(), address + " の受信箱にメールが届いている");
  }
}
