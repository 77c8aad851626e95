package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;

/** {@code {{#page-frame}}}: a page's body inside its site's frame file, through the network. */
class PageFrameHelperTest {
  private static final String SITE = "fixture.tejun.test";

  @TempDir Path stubs;
  private Path files;
  private SimulatedNetwork network;

  @BeforeEach
  void aSiteWithOnePageInAFrame() throws IOException {
    Files.copy(FixtureStubs.DIR.resolve("stubs/network.json"), stubs.resolve("network.json"));
    Files.writeString(
        Files.createDirectories(stubs.resolve("mappings/" + SITE)).resolve("page.json"),
        """
        { "name": "枠に入ったページ (テスト用)",
          "request": { "method": "GET", "urlPath": "/pub/page" },
          "response": { "status": 200, "bodyFileName": "fixture.tejun.test/page.html",
                        "transformers": ["response-template"] } }
        """);
    files = Files.createDirectories(stubs.resolve("__files/" + SITE));
    Files.writeString(
        files.resolve("page.html"),
        """
        {{#page-frame 'fixture.tejun.test' title='見本ページ' lead='ようこそ'}}
        <p id="who">{{request.query.who}}</p>
        {{/page-frame}}
        """);
    network = SimulatedNetwork.start(stubs, 0);
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void thePageIsRenderedInsideItsSitesFrameWhichSeesTheRequest() throws Exception {
    Files.writeString(
        files.resolve("_frame.html"),
        """
        <title>{{title}}</title><header>{{lead}}</header>
        <main data-path="{{request.path}}">{{{body}}}</main>
        """);

    String page = get("/pub/page?who=tejun");

    assertThat(page)
        .contains("<title>見本ページ</title><header>ようこそ</header>")
        .contains("<main data-path=\"/pub/page\">")
        .contains("<p id=\"who\">tejun</p>")
        .doesNotContain("page-frame");
  }

  @Test
  void anEditedFrameIsUsedAtTheNextRequest() throws Exception {
    Files.writeString(files.resolve("_frame.html"), "<h1>一</h1>{{{body}}}");
    get("/pub/page");
    Files.writeString(files.resolve("_frame.html"), "<h1>二</h1>{{{body}}}");

    assertThat(get("/pub/page")).contains("<h1>二</h1>");
  }

  @Test
  void aMissingFrameFileIsNamedOnThePageWithTheFix() throws Exception {
    String page = get("/pub/page");

    assertThat(page)
        .contains("<title>tejun: ページの枠 stubs/__files/fixture.tejun.test/_frame.html がありません</title>")
        .contains("直し方: fixture.tejun.test のページに共通の枠を stubs/__files/");
  }

  private String get(String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().proxy(network.proxy()).build();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://" + SITE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
