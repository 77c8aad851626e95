package tejun.network;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * A site sends mail when a stub is served: {@code "send-mail"} in the stub's transformers (after
 * {@code "site-state"}, which runs first, so a code it just stored can be mailed), with {@code
 * transformerParameters.mail} (one object, or a list of them):
 *
 * <pre>
 * {"from": "株式会社NTTドコモ &lt;no-reply@docomo.example&gt;",
 *  "to": "{{site-state 'docomo' (site-state 'SESSION' request.cookies.SESSION 'member') 'mail'}}",
 *  "subject": "【dアカウント】確認コードのお知らせ",
 *  "body": "確認コード：{{site-state 'SESSION' request.cookies.SESSION 'code'}}"}
 * </pre>
 *
 * Each field is a WireMock template with every helper. The mail goes over SMTP to the network's
 * mailbox; nothing is sent for a request the simulated network does not deliver. A mail with {@code
 * "after": "PT1H"} (an ISO-8601 duration) is held until the network's clock has moved on that far.
 */
final class SendMailTransformer extends DeliveredRequestTransformer {
  /** The optional field that holds a mail for a while: an ISO-8601 duration. */
  static final String AFTER = "after";

  private final SimulatedMailbox mailbox;

  SendMailTransformer(SimulatedMailbox mailbox, SimulatedPc pc, RequestTemplates templates) {
    super(pc, templates);
    this.mailbox = mailbox;
  }

  @Override
  public String getName() {
    return MessageStubs.MAIL.transformer();
  }

  @Override
  protected ResponseDefinition whenDelivered(ServeEvent event) {
    Request request = event.getRequest();
    Object parameter = event.getTransformerParameters().get(MessageStubs.MAIL.parameter());
    for (Map<?, ?> spec : MessageStubs.messages(parameter)) {
      SimulatedMailbox.Outgoing mail =
          new SimulatedMailbox.Outgoing(
              render(spec, "from", request),
              render(spec, "to", request),
              render(spec, "subject", request),
              render(spec, "body", request));
      Object after = spec.get(AFTER);
      try {
        if (after == null) {
          mailbox.send(mail);
        } else {
          mailbox.sendAfter(mail, SimulatedClock.duration(render(spec, AFTER, request)));
        }
      } catch (IllegalArgumentException e) {
        return MessageStubs.problem(
            getName(),
            event.getStubMapping().getName(),
            e.getMessage(),
            "直し方: transformerParameters.mail の from と to が、この時点のサイトの状態で"
                + "メールアドレスになるか、after が PT1H のような時間の長さか確かめてください (to: 「"
                + mail.to()
                + "」、from: 「"
                + mail.from()
                + "」)。");
      }
    }
    return event.getResponseDefinition();
  }
}
