package tejun.network;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.Extensions;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import com.github.tomakehurst.wiremock.verification.notmatched.PlainTextStubNotMatchedRenderer;
import java.util.Map;
import tejun.Templates;

/**
 * What the browser shows for a request no stub answers: a page naming the host and the fix, with
 * WireMock's own near-miss diff. Nothing is forwarded anywhere.
 */
final class FailClosedPage extends NotMatchedRenderer {
  private final PlainTextStubNotMatchedRenderer nearMiss;

  FailClosedPage(Extensions extensions) {
    this.nearMiss = new PlainTextStubNotMatchedRenderer(extensions);
  }

  @Override
  protected ResponseDefinition render(Admin admin, ServeEvent event) {
    String host = event.getRequest().getHost();
    String diff = nearMiss.render(admin, event).getBody();
    String html =
        Templates.render(
            "fail-closed",
            Map.of(
                "title", SimulatedNetwork.FAIL_CLOSED_TITLE,
                "url", String.valueOf(event.getRequest().getAbsoluteUrl()),
                "host", String.valueOf(host),
                "nearMiss", String.valueOf(diff)));
    return new ResponseDefinitionBuilder()
        .withStatus(404)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(html)
        .build();
  }
}
