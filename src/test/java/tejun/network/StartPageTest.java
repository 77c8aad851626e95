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

/**
 * The simulator's start page, http://tejun.test/: the manuals, the PC, the simulated time (and a
 * way to let it pass), and a way back to start.
 */
class StartPageTest {
  private static final String START = "http://tejun.test/";
  private static SimulatedNetwork network;
  private static HttpClient browser;

  @BeforeAll
  static void start() {
    network = SimulatedNetwork.start(Path.of("stubs"), 0);
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
        .contains("<h3>フレッツ光メンバーズクラブ</h3>")
        .contains(
            "<a href=\"https://members-club.flets.com/pub/\">"
                + "フレッツ光メンバーズクラブで契約回線認証が出来ない時の対策方法</a>")
        .contains("<a href=\"http://pc.tejun.test/\">")
        .contains("最初の状態に戻す")
        .doesNotContain("最初の状態に戻しました");
  }

  @Test
  void resetPutsEverySiteAndThePcBackToTheStartAndSaysSo() throws Exception {
    network.pc().createPppoe("ブロードバンド接続", "guest@v4flets-east.jp", "guest");
    network.pc().connect("ブロードバンド接続");
    Map<String, String> atTheStart = network.siteState().snapshot();
    network.siteState().set("MCSESSION:abc:member", "0000001");
    network.siteState().set("membersclub:tejun0001:points", "0");

    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(URI.create(START + "reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(page.uri()).hasToString(START + "?reset=done");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("最初の状態に戻しました");
    assertThat(network.siteState().snapshot())
        .isEqualTo(atTheStart)
        .containsEntry("membersclub:tejun0001:points", "12345");
    assertThat(network.pc().reach("members-club.flets.com"))
        .isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(network.pc().snapshot())
        .isEqualTo(new SimulatedPc(NetworkMap.load(Path.of("stubs/network.json"))).snapshot());
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
