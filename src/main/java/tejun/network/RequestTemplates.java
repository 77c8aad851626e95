package tejun.network;

import com.github.tomakehurst.wiremock.extension.responsetemplating.TemplateEngine;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders an extension parameter with WireMock's own Handlebars model of the request. The engine
 * exists only once WireMock has loaded its extensions, so it can be given after construction.
 */
final class RequestTemplates {
  private volatile TemplateEngine engine;

  void use(TemplateEngine engine) {
    this.engine = engine;
  }

  String render(String template, Request request) {
    return render(template, request, Map.of());
  }

  /** The same, with {@code values} (such as {@code item}) beside the request in the model. */
  String render(String template, Request request, Map<String, Object> values) {
    if (!template.contains("{{")) {
      return template;
    }
    Map<String, Object> model = new HashMap<>(engine.buildModelForRequest(request));
    model.putAll(values);
    return engine.getTemplate(template, template).apply(model);
  }
}
