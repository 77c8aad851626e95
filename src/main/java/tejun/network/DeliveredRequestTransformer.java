package tejun.network;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * What a site does when a stub is served (change its state, send mail, send an SMS or call), named
 * in the stub's transformers. It happens only for a request the simulated network delivers: a
 * request that times out or does not resolve reaches no server, so it changes and sends nothing.
 */
abstract class DeliveredRequestTransformer implements ResponseDefinitionTransformerV2 {
  private final SimulatedPc pc;
  protected final RequestTemplates templates;

  DeliveredRequestTransformer(SimulatedPc pc, RequestTemplates templates) {
    this.pc = pc;
    this.templates = templates;
  }

  @Override
  public final boolean applyGlobally() {
    return false;
  }

  @Override
  public final ResponseDefinition transform(ServeEvent event) {
    if (!(pc.reach(event.getRequest().getHost()) instanceof SimulatedPc.Reachable)) {
      return event.getResponseDefinition();
    }
    return whenDelivered(event);
  }

  /** What the site does, and the response it then gives. */
  protected abstract ResponseDefinition whenDelivered(ServeEvent event);

  /** A field of a stub's parameter, rendered as a WireMock template; empty when absent. */
  protected String render(Map<?, ?> spec, String field, Request request) {
    Object template = spec.get(field);
    return template == null ? "" : templates.render(template.toString(), request);
  }
}
