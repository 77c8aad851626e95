package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;

/**
 * The simulator's start page, http://tejun.test/: the manuals, the PC, the simulated time (and a
 * way to let it pass), and a way back to start. On the fixture sites' stubs.
 */
class StartPageTest {
  private static final String START = "http://tejun.test/";
  private static SimulatedNetwork network;
  private static HttpClient browser;
  @TempDir static Path stubs;

  @BeforeAll
  static void start() throws IOException {
    network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
    browser =
        HttpClient.newBuilder()
            .proxy(network.proxy())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @AfterAll
  static void stop() {
    network.close();
  }

  @Test
  void listsEveryManualFromTheSiteFilesAndLinksThePc() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(START)));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>【模擬】tejun 模擬ネットワーク</title>")
        .contains("<h3>見本サイト</h3>")
        .contains("<h3>見本ショップ</h3>")
        .contains("<a href=\"https://shop.tejun.test/\">" + "見本ショップでお届け先を変更する (自己診断用)</a>")
        .contains("<a href=\"http://pc.tejun.test/\">")
        .contains("最初の状態に戻す")
        .doesNotContain("最初の状態に戻しました");
  }

  @Test
  void resetPutsEverySiteAndThePcBackToTheStartAndSaysSo() throws Exception {
    network.pc().createPppoe("ブロードバンド接続", "mihon@intranet.fixture.tejun.test", "mihon");
    network.pc().connect("ブロードバンド接続");
    Map<String, String> atTheStart = network.siteState().snapshot();
    network.siteState().set("FIXSESSION:abc:member", "mihon01");
    network.siteState().set("fixture:mihon01:name", "別人");

    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(URI.create(START + "reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(page.uri()).hasToString(START + "?reset=done");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("最初の状態に戻しました");
    assertThat(network.siteState().snapshot())
        .isEqualTo(atTheStart)
        .containsEntry("fixture:mihon01:name", "見本 一郎");
    assertThat(network.pc().reach("fixture.tejun.test")).isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(network.pc().snapshot())
        .isEqualTo(new SimulatedPc(NetworkMap.load(stubs.resolve("network.json"))).snapshot());
    assertThat(network.unmatchedReport()).isEmpty();
  }

  @Test
  void showsTheSimulatedTimeLetsItPassAndResetPutsItBack() throws Exception {
    network.reset();
    assertThat(send(HttpRequest.newBuilder(URI.create(START))).body())
        .contains("<strong id=\"simulated-now\">2026年4月1日 10:00</strong>");

    HttpResponse<String> passed =
        send(
            HttpRequest.newBuilder(URI.create(START + "time"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("after=P1D")));
    assertThat(passed.uri()).hasToString(START + "?passed=done");
    assertThat(passed.body())
        .contains("時間を進めました")
        .contains("<strong id=\"simulated-now\">2026年4月2日 10:00</strong>");

    HttpResponse<String> reset =
        send(
            HttpRequest.newBuilder(URI.create(START + "reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(reset.body()).contains("<strong id=\"simulated-now\">2026年4月1日 10:00</strong>");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
