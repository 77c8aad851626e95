package tejun.network;

import java.util.List;

/** A check for the harness's tests: a mail to check@example.test must name its sender's number. */
public final class ExampleMailCheck implements MailCheck {
  static final String MAILBOX = "check@example.test";

  @Override
  public String mailbox() {
    return MAILBOX;
  }

  @Override
  public String title() {
    return "見本の確認";
  }

  @Override
  public List<String> problems(SimulatedMailbox.Mail mail, List<SimulatedMailbox.Mail> received) {
    return mail.body().contains("番号：")
        ? List.of()
        : List.of("「番号：」がありません (" + received.size() + "通中)。");
  }
}
