package tejun.network;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.Extensions;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import com.github.tomakehurst.wiremock.verification.notmatched.PlainTextStubNotMatchedRenderer;
import com.google.common.html.HtmlEscapers;

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
        """
        <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title></head>
        <body><h1>%s</h1>
        <p>%s には、このリクエストに答えるスタブがありません（外部には一切接続していません）。</p>
        <p>直し方: stubs/mappings/%s/ にスタブを追加するか、手順の URL を確かめてください。</p>
        <h2>WireMock のニアミス</h2><pre>%s</pre></body></html>
        """
            .formatted(
                SimulatedNetwork.FAIL_CLOSED_TITLE,
                SimulatedNetwork.FAIL_CLOSED_TITLE,
                escape(event.getRequest().getAbsoluteUrl()),
                escape(host),
                escape(diff));
    return new ResponseDefinitionBuilder()
        .withStatus(404)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(html)
        .build();
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text == null ? "" : text);
  }
}
