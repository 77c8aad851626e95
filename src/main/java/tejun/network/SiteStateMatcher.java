package tejun.network;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import java.util.List;
import java.util.Map;

/**
 * Matches a request on site state, so one screen can have a stub per state (logged out, logged in,
 * line-authenticated): {@code "customMatcher": {"name": "site-state-is", "parameters": {"key":
 * "MCSESSION:{{request.cookies.MCSESSION}}:lineAuth", "equalTo": "true"}}}, or {@code "absent":
 * true}. {@code equalTo} is a template too, so a login can compare the submitted password with a
 * sample customer's; an absent key never equals anything, not even an empty value. {@code "all":
 * [{"key": …, "equalTo": …}, {"key": …, "absent": …}]} matches when every one of them does.
 */
final class SiteStateMatcher extends RequestMatcherExtension {
  static final String NAME = "site-state-is";
  private final SiteState state;
  private final RequestTemplates templates;

  SiteStateMatcher(SiteState state, RequestTemplates templates) {
    this.state = state;
    this.templates = templates;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    return MatchResult.of(matches(request, parameters));
  }

  @SuppressWarnings("unchecked")
  private boolean matches(Request request, Map<String, Object> parameters) {
    if (parameters.containsKey("all")) {
      return ((List<?>) parameters.get("all"))
          .stream().allMatch(c -> matches(request, (Map<String, Object>) c));
    }
    String value = state.get(templates.render(String.valueOf(parameters.get("key")), request));
    if (parameters.containsKey("equalTo")) {
      String expected = templates.render(String.valueOf(parameters.get("equalTo")), request);
      return !value.isEmpty() && value.equals(expected);
    }
    boolean absent = Boolean.TRUE.equals(parameters.get("absent"));
    return value.isEmpty() == absent;
  }
}
