package tejun.network;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * What the PC's own screens do: {@code "simulated-pc"} in a stub's transformers, with {@code
 * transformerParameters.pc} such as {@code {"action": "connect", "name": "ブロードバンド接続"}}. Values are
 * WireMock templates (use triple braces for form fields).
 */
final class SimulatedPcTransformer implements ResponseDefinitionTransformerV2 {
  private final SimulatedPc pc;
  private final RequestTemplates templates;

  SimulatedPcTransformer(SimulatedPc pc, RequestTemplates templates) {
    this.pc = pc;
    this.templates = templates;
  }

  @Override
  public String getName() {
    return "simulated-pc";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Map<?, ?> spec = (Map<?, ?>) event.getTransformerParameters().get("pc");
    Request request = event.getRequest();
    String name = field(spec, "name", request);
    switch (field(spec, "action", request)) {
      case "create-pppoe" ->
          pc.createPppoe(name, field(spec, "user", request), field(spec, "password", request));
      case "connect" -> pc.connect(name);
      case "disconnect" -> pc.disconnect(name);
      default -> throw new IllegalArgumentException("unknown simulated-pc action in " + spec);
    }
    return event.getResponseDefinition();
  }

  private String field(Map<?, ?> spec, String key, Request request) {
    Object template = spec.get(key);
    return template == null ? "" : templates.render(template.toString(), request);
  }
}
