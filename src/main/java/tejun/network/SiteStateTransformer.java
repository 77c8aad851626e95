package tejun.network;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;

/**
 * Changes site state when a stub is served, as a real server would: {@code "site-state"} in a
 * stub's transformers, with {@code transformerParameters.siteState}:
 *
 * <pre>
 * {"startSession": {"cookie": "MCSESSION", "values": {"member": "{{{f.memberId}}}"}},
 *  "set": {"MCSESSION:{{request.cookies.MCSESSION}}:lineAuth": "true"},
 *  "remove": ["MCSESSION:{{request.cookies.MCSESSION}}"],
 *  "each": {"items": "{{site-state 'S' request.cookies.S 'chosen'}}",
 *           "set": {"shop:{{item}}:state": "ordered"}}}
 * </pre>
 *
 * Keys and values are WireMock templates. {@code each} changes one thing per item of a
 * comma-separated list (what a form's check boxes chose), with {@code item} in its templates; it
 * runs first, then {@code remove}, then {@code set}. A request the simulated network does not
 * deliver changes nothing.
 */
final class SiteStateTransformer extends DeliveredRequestTransformer {
  static final String NAME = "site-state";
  private final SiteState state;

  SiteStateTransformer(SiteState state, SimulatedPc pc, RequestTemplates templates) {
    super(pc, templates);
    this.state = state;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected ResponseDefinition whenDelivered(ServeEvent event) {
    Request request = event.getRequest();
    ResponseDefinition response = event.getResponseDefinition();
    Parameters parameters = event.getTransformerParameters();
    if (!parameters.containsKey("siteState")) {
      return response;
    }
    Map<?, ?> spec = (Map<?, ?>) parameters.get("siteState");
    if (spec.get("each") instanceof Map<?, ?> each) {
      forEachItem(each, request);
    }
    for (Object key : (List<?>) orEmpty(spec.get("remove"), List.of())) {
      state.remove(templates.render(key.toString(), request));
    }
    ((Map<?, ?>) orEmpty(spec.get("set"), Map.of()))
        .forEach((k, v) -> state.set(render(k, request), render(v, request)));
    if (spec.get("startSession") instanceof Map<?, ?> session) {
      return startSession(session, request, response);
    }
    return response;
  }

  private ResponseDefinition startSession(
      Map<?, ?> session, Request request, ResponseDefinition response) {
    String cookie = session.get("cookie").toString();
    String id = SiteState.newSessionId();
    ((Map<?, ?>) session.get("values"))
        .forEach((k, v) -> state.set(cookie + ":" + id + ":" + k, render(v, request)));
    // A browser keeps a Secure cookie only from https, so a plain-http site's session is not
    // Secure.
    String secure = "https".equals(request.getScheme()) ? "; Secure; SameSite=None" : "";
    String setCookie = cookie + "=" + id + "; Path=/; HttpOnly" + secure;
    return ResponseDefinitionBuilder.like(response).withHeader("Set-Cookie", setCookie).build();
  }

  private void forEachItem(Map<?, ?> each, Request request) {
    String items = render(orEmpty(each.get("items"), ""), request);
    for (String item : items.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      Map<String, Object> values = Map.of("item", item.strip());
      ((Map<?, ?>) orEmpty(each.get("set"), Map.of()))
          .forEach(
              (k, v) ->
                  state.set(
                      templates.render(k.toString(), request, values),
                      templates.render(v.toString(), request, values)));
    }
  }

  private static Object orEmpty(Object value, Object empty) {
    return value == null ? empty : value;
  }

  private String render(Object template, Request request) {
    return templates.render(template.toString(), request);
  }
}
