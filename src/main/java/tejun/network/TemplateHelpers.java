package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.tomakehurst.wiremock.extension.TemplateHelperProviderExtension;
import java.util.Map;

/** The Handlebars helpers the simulated sites' pages use to show state. */
final class TemplateHelpers implements TemplateHelperProviderExtension {
  private final Map<String, Helper<?>> helpers;

  TemplateHelpers(Map<String, Helper<?>> helpers) {
    this.helpers = helpers;
  }

  @Override
  public String getName() {
    return "tejun-helpers";
  }

  @Override
  public Map<String, Helper<?>> provideTemplateHelpers() {
    return helpers;
  }
}
