package tejun.network;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.Optional;

/**
 * A site sends an SMS or calls when a stub is served: {@code "phone"} in the stub's transformers
 * (after {@code "site-state"}), with {@code transformerParameters.phone} (one object, or a list of
 * them):
 *
 * <pre>
 * {"to": "{{site-state 'site' (site-state 'SESSION' request.cookies.SESSION 'member') 'phone'}}",
 *  "kind": "voice", "from": "NTTコミュニケーションズ",
 *  "text": "認証コードは、{{digits-aloud (site-state 'SESSION' request.cookies.SESSION 'code')}}です。"}
 * </pre>
 *
 * {@code kind} is {@code sms} or {@code voice}; {@code text} is the message, or the words the voice
 * reads out. Each field is a WireMock template. An SMS to a fixed line is not delivered; nothing is
 * sent for a request the simulated network does not deliver.
 */
final class PhoneTransformer extends DeliveredRequestTransformer {
  private final SimulatedPhone phone;

  PhoneTransformer(SimulatedPhone phone, SimulatedPc pc, RequestTemplates templates) {
    super(pc, templates);
    this.phone = phone;
  }

  @Override
  public String getName() {
    return MessageStubs.PHONE.transformer();
  }

  @Override
  protected ResponseDefinition whenDelivered(ServeEvent event) {
    Request request = event.getRequest();
    Object parameter = event.getTransformerParameters().get(MessageStubs.PHONE.parameter());
    String stub = event.getStubMapping().getName();
    for (Map<?, ?> spec : MessageStubs.messages(parameter)) {
      String to = render(spec, "to", request);
      String kindCode = render(spec, "kind", request);
      Optional<SimulatedPhone.Kind> kind = SimulatedPhone.Kind.of(kindCode.strip());
      if (kind.isEmpty()) {
        return MessageStubs.problem(
            getName(),
            stub,
            "kind が「" + kindCode + "」です",
            "直し方: transformerParameters.phone の kind を sms か voice にしてください。");
      }
      try {
        phone.receive(to, kind.get(), render(spec, "from", request), render(spec, "text", request));
      } catch (IllegalArgumentException e) {
        return MessageStubs.problem(
            getName(),
            stub,
            e.getMessage(),
            "直し方: transformerParameters.phone の to が、この時点のサイトの状態で電話番号になるか確かめてください。");
      }
    }
    return event.getResponseDefinition();
  }
}
