package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {{#each (site-state-list …)}}}: a customer's list from site state, as a page lists it. */
class SiteStateListHelperTest {
  private static final String SITE = "members-club.flets.com";

  @Test
  void aPageListsACustomersItemsWithTheirIndexAndOnlyTheChosenOnes(@TempDir Path stubs)
      throws Exception {
    Files.copy(Path.of("stubs/network.json"), stubs.resolve("network.json"));
    Files.writeString(
        Files.createDirectories(stubs.resolve("sites")).resolve("membersclub.json"),
        """
        { "name": "見本", "hosts": ["members-club.flets.com"],
          "customers": { "c1": { "gifts": [ { "name": "一" }, { "name": "二" }, { "name": "三" } ] } } }
        """);
    Files.writeString(
        Files.createDirectories(stubs.resolve("mappings/" + SITE)).resolve("list.json"),
        """
        { "mappings": [ { "name": "一覧", "request": { "method": "GET", "urlPath": "/list" },
          "response": { "bodyFileName": "members-club.flets.com/list.html",
                        "transformers": ["response-template"] } } ] }
        """);
    Files.writeString(
        Files.createDirectories(stubs.resolve("__files/" + SITE)).resolve("list.html"),
        "{{#each (site-state-list 'membersclub' 'c1' 'gifts')}}{{index}}={{name}};{{/each}}|{{#each"
            + " (site-state-list 'membersclub' 'c1' 'gifts'"
            + " only=request.query.only.0)}}{{name}}{{/each}}|{{#each (site-state-list"
            + " 'membersclub' 'nobody' 'gifts')}}x{{/each}}");
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(get(network, "/list?only=,0,2,")).isEqualTo("0=一;1=二;2=三;|一三|");
      network.siteState().set("membersclub:c1:gifts:1:name", "二 (変更後)");
      assertThat(get(network, "/list?only=1")).isEqualTo("0=一;1=二 (変更後);2=三;|二 (変更後)|");
    }
  }

  private static String get(SimulatedNetwork network, String path) throws IOException {
    try {
      return HttpClient.newBuilder()
          .proxy(network.proxy())
          .build()
          .send(
              HttpRequest.newBuilder(URI.create("http://" + SITE + path)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
