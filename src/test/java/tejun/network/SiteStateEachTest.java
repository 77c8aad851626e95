package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;

/**
 * {@code site-state}'s {@code each}: one change per item a form's check boxes chose, before {@code
 * remove} and {@code set}, only for a request the network delivers.
 */
class SiteStateEachTest {
  @TempDir static Path stubs;

  @BeforeAll
  static void aStubThatOrdersWhatWasTicked() throws IOException {
    FixtureStubs.copyTo(stubs);
    Files.writeString(
        stubs.resolve("mappings/fixture.tejun.test/order-ticked.json"),
        """
        { "name": "テスト用: チェックした商品をそれぞれ注文済みにする",
          "request": { "method": "POST", "urlPath": "/test/order" },
          "response": {
            "status": 200, "body": "注文しました",
            "transformers": ["site-state"],
            "transformerParameters": {
              "siteState": {
                "each": {
                  "items": "{{formData request.body 'f' urlDecode=true}}{{#each f.item}}{{this}},{{/each}}",
                  "set": { "test:item:{{item}}:state": "注文済み ({{item}})" } },
                "remove": ["test:item:1"],
                "set": { "test:last": "{{site-state 'test' 'item' '2' 'state'}}" } } } } }
        """);
  }

  @Test
  void eachTickedItemIsChangedThenRemoveAndSetSeeTheResult() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(post(network, "item=0&item=2&item=1").statusCode()).isEqualTo(200);

      assertThat(network.siteState().get("test:item:0:state")).isEqualTo("注文済み (0)");
      assertThat(network.siteState().get("test:item:2:state")).isEqualTo("注文済み (2)");
      assertThat(network.siteState().get("test:item:1:state")).isEmpty();
      assertThat(network.siteState().get("test:last")).isEqualTo("注文済み (2)");
    }
  }

  @Test
  void oneTickedItemAndNoneAtAll() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      post(network, "item=3");
      assertThat(network.siteState().snapshot()).containsEntry("test:item:3:state", "注文済み (3)");

      post(network, "other=x");
      assertThat(network.siteState().snapshot().keySet())
          .filteredOn(k -> k.startsWith("test:item:"))
          .containsExactly("test:item:3:state");
    }
  }

  @Test
  void nothingChangesForARequestTheNetworkDoesNotDeliver() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      network.pc().createPppoe("ブロードバンド接続", "mihon@intranet.fixture.tejun.test", "mihon");
      network.pc().connect("ブロードバンド接続");

      post(network, "item=0");

      assertThat(network.siteState().get("test:item:0:state")).isEmpty();
    }
  }

  private static HttpResponse<String> post(SimulatedNetwork network, String form)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().proxy(network.proxy()).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://fixture.tejun.test/test/order"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
