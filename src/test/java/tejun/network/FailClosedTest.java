package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tejun.FixtureStubs;

/**
 * Nothing but a stub answers: every other request, on any host and any path, gets the fail-closed
 * page and is reported as unmatched.
 */
class FailClosedTest {
  private static SimulatedNetwork network;
  private static HttpClient browser;
  @TempDir static Path stubs;

  @BeforeAll
  static void start() throws IOException {
    network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
    browser = HttpClient.newBuilder().proxy(network.proxy()).build();
  }

  @AfterAll
  static void stop() {
    network.close();
  }

  @BeforeEach
  void reset() {
    network.reset();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://unknown.example.com/fixture.tejun.test/login.html",
        "http://unknown.example.com/__files/fixture.tejun.test/login.html",
        "http://fixture.tejun.test/pc.tejun.test/start.html",
        "http://unknown.example.com/",
        "http://fixture.tejun.test/pub/",
        "http://fixture.tejun.test/no-such-page",
        "http://unknown.example.com/__admin/mappings",
      })
  void aRequestNoStubAnswersGetsTheFailClosedPage(String url) throws Exception {
    HttpResponse<String> response = get(url);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("<title>" + SimulatedNetwork.FAIL_CLOSED_TITLE + "</title>")
        .contains(URI.create(url).getHost());
    assertThat(network.unmatchedReport()).contains("GET " + url);
  }

  @Test
  void aRealPageStillAnswers() throws Exception {
    HttpResponse<String> response = get("http://pc.tejun.test/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<title>【模擬PC】デスクトップ</title>");
    assertThat(network.unmatchedReport()).isEmpty();
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
