package tejun.network;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A check that a mailbox's owner runs on each mail received, such as a support desk checking that
 * an inquiry gives everything it must. The webmail shows its result under each mail of {@link
 * #mailbox()}. A site provides one as a service ({@code
 * META-INF/services/tejun.network.MailCheck}), so the mail machinery knows no site's rules.
 */
public interface MailCheck {
  /** The address whose received mails this check reads. */
  String mailbox();

  /** What the webmail calls the check (such as お問い合わせの確認). */
  String title();

  /**
   * What is missing or malformed in {@code mail}, one line each in the words the mailbox's owner
   * uses; empty when it is complete. {@code received} is every mail in the same mailbox, newest
   * first, for rules across mails.
   */
  List<String> problems(SimulatedMailbox.Mail mail, List<SimulatedMailbox.Mail> received);

  /** Every check the class path provides. */
  static List<MailCheck> installed() {
    return ServiceLoader.load(MailCheck.class).stream().map(ServiceLoader.Provider::get).toList();
  }
}
