package tejun.network;

import com.github.tomakehurst.wiremock.extension.responsetemplating.TemplateEngine;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Map;

/** Renders an extension parameter with WireMock's own Handlebars model of the request. */
final class RequestTemplates {
  private final TemplateEngine engine;

  RequestTemplates(TemplateEngine engine) {
    this.engine = engine;
  }

  String render(String template, Request request) {
    if (!template.contains("{{")) {
      return template;
    }
    Map<String, Object> model = engine.buildModelForRequest(request);
    return engine.getTemplate(template, template).apply(model);
  }
}
