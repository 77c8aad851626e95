package tejun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;
import tejun.network.SimulatedNetwork;
import tejun.pages.Screen;
import tejun.pages.browser.SiteCannotBeReachedPage;

/** A stub can declare a network failure; the browser then shows Chromium's own error page. */
class NetworkFailurePageTest {
  @Test
  void aStubDeclaringAFailureShowsChromiumsJapaneseErrorPage(@TempDir Path stubs)
      throws IOException {
    FixtureStubs.copyTo(stubs);
    Files.writeString(
        stubs.resolve("mappings/shop.tejun.test/declared-failure.json"),
        """
        { "name": "名前解決できないページ (テスト用)",
          "request": { "method": "GET", "urlPath": "/pub/unresolvable" },
          "response": { "status": 504, "headers": { "X-Simulated-Network": "NameNotResolved" } } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0);
        Browser browser =
            Browser.open(BrowserSettings.fromSystemProperties(), network.proxyAddress())) {
      Screen.navigate(browser.driver(), "https://shop.tejun.test/pub/unresolvable");
      SiteCannotBeReachedPage page = new SiteCannotBeReachedPage(browser.driver());

      assertThat(page.heading()).isEqualTo("このサイトにアクセスできません");
      assertThat(page.detail()).isEqualTo("shop.tejun.test のサーバーの IP アドレスが見つかりませんでした。");
      assertThat(page.errorCode()).isEqualTo("ERR_NAME_NOT_RESOLVED");
      assertThat(network.requests())
          .anySatisfy(r -> assertThat(r.getUrl()).isEqualTo("/pub/unresolvable"));
    }
  }
}
