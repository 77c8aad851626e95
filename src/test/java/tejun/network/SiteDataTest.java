package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.HarnessException;

/**
 * A site's {@code "data"}: read by pages through {@code {{site-data …}}}, and by WireMock's own
 * matchers through the same words, replaced when the stubs are read.
 */
class SiteDataTest {
  private static final String SITE = "members-club.flets.com";

  @TempDir Path stubs;
  private Path hostDir;

  @BeforeEach
  void aSiteWithData() throws IOException {
    Files.copy(Path.of("stubs/network.json"), stubs.resolve("network.json"));
    hostDir = Files.createDirectories(stubs.resolve("mappings/" + SITE));
    Files.writeString(
        Files.createDirectories(stubs.resolve("sites")).resolve("membersclub.json"),
        """
        { "name": "見本", "hosts": ["members-club.flets.com"],
          "data": {
            "catalog": { "gift1000": { "name": "見本券 千円", "points": 1000 },
                         "gift3000": { "name": "見本券 三千円", "points": 3000 } },
            "rules": { "memberId": "tejun[0-9]{4}" } } }
        """);
    Files.writeString(
        Files.createDirectories(stubs.resolve("__files/" + SITE)).resolve("catalog.html"),
        "{{#each (site-data 'membersclub' 'catalog')}}{{@key}}={{name}}:{{points}};{{/each}}"
            + "|{{site-data 'membersclub' 'catalog' request.query.item.0 'points'}}"
            + "|{{site-data 'membersclub' 'nothing'}}|"
            + "{{#if (matches request.query.id.0 (site-data 'membersclub' 'rules' 'memberId'))}}"
            + "ok{{/if}}");
  }

  @Test
  void aPageReadsListsAndValuesOfItsSitesData() throws Exception {
    stubs(
        """
        { "name": "商品一覧", "request": { "method": "GET", "urlPath": "/catalog" },
          "response": { "bodyFileName": "members-club.flets.com/catalog.html",
                        "transformers": ["response-template"] } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(get(network, "/catalog?item=gift3000&id=tejun0001"))
          .isEqualTo("gift1000=見本券 千円:1000;gift3000=見本券 三千円:3000;|3000||ok");
    }
  }

  @Test
  void aMappingsMatcherNamesTheSameRule() throws Exception {
    stubs(
        """
        { "name": "正しい会員ID", "priority": 1,
          "request": { "method": "GET", "urlPath": "/check",
            "queryParameters": { "id": { "matches": "{{site-data 'membersclub' 'rules' 'memberId'}}" } } },
          "response": { "body": "ok" } },
        { "name": "違う会員ID", "priority": 5,
          "request": { "method": "GET", "urlPath": "/check" }, "response": { "body": "ng" } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(get(network, "/check?id=tejun0001")).isEqualTo("ok");
      assertThat(get(network, "/check?id=tejun01")).isEqualTo("ng");
    }
  }

  @Test
  void aMappingNamingDataThatIsNotThereIsNamedWithTheFix() throws IOException {
    stubs(
        """
        { "name": "正しい会員ID",
          "request": { "method": "GET", "urlPath": "/check",
            "queryParameters": { "id": { "matches": "{{site-data 'membersclub' 'rules' 'memberNo'}}" } } } }
        """);
    assertThatThrownBy(() -> SimulatedNetwork.start(stubs, 0))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining(
            "Stub \"正しい会員ID\" in mappings/members-club.flets.com/stubs.json reads {{site-data"
                + " 'membersclub' 'rules' 'memberNo'}}, but stubs/sites/membersclub.json has no"
                + " text there under \"data\"");
  }

  private void stubs(String mappings) throws IOException {
    Files.writeString(hostDir.resolve("stubs.json"), "{ \"mappings\": [" + mappings + "] }");
  }

  private static String get(SimulatedNetwork network, String path) throws Exception {
    return HttpClient.newBuilder()
        .proxy(network.proxy())
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://" + SITE + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
