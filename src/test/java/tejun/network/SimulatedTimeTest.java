package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;

/**
 * Stubs tell the time by the network's clock: WireMock's {@code now} with its parameters, {@code
 * clock-reached} for an instant a stub stored, and a mail sent for later that arrives when time has
 * passed; a reset puts the clock back and drops what was held.
 */
class SimulatedTimeTest {
  private static final String CUSTOMER = "ichiro@customer.example";

  @TempDir static Path stubs;

  @BeforeAll
  static void stubsThatTellTheTime() throws IOException {
    FixtureStubs.copyTo(stubs);
    Files.writeString(
        stubs.resolve("mappings/fixture.tejun.test/clock.json"),
        """
        { "mappings": [
          { "name": "テスト用: いまの日時と、予定の時刻を過ぎたか",
            "request": { "method": "GET", "urlPath": "/test/clock" },
            "response": { "status": 200, "transformers": ["response-template"],
              "body": "{{now timezone='Asia/Tokyo' format='yyyy/MM/dd HH:mm'}} {{now offset='1 days' format='epoch'}} {{#if (clock-reached (site-state 'test' 'due'))}}済み{{else}}まだ{{/if}}" } },
          { "name": "テスト用: 1時間後に工事完了のメール",
            "request": { "method": "POST", "urlPath": "/test/later" },
            "response": { "status": 200, "body": "受け付けました",
              "transformers": ["site-state", "send-mail"],
              "transformerParameters": {
                "siteState": { "set": { "test:due": "{{now offset='1 hours' format='epoch'}}" } },
                "mail": { "from": "見本 <no-reply@mihon.example>", "to": "%s",
                          "subject": "工事完了のお知らせ", "body": "工事が完了しました。", "after": "PT1H" } } } } ] }
        """
            .formatted(CUSTOMER));
  }

  @Test
  void nowIsTheNetworksClockWithWireMocksParameters() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      long tomorrow = SimulatedClock.DEFAULT_START.plus(Duration.ofDays(1)).toEpochMilli();
      assertThat(get(network)).isEqualTo("2026/04/01 10:00 " + tomorrow + " まだ");

      network.passTime(Duration.ofMinutes(90));
      assertThat(get(network)).startsWith("2026/04/01 11:30 ");
    }
  }

  @Test
  void aMailForLaterArrivesWhenItsTimeHasPassedAndAResetPutsTheClockBack() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      send(network, "/test/later");
      assertThat(network.mailbox().messagesTo(CUSTOMER)).isEmpty();

      network.passTime(Duration.ofMinutes(59));
      assertThat(network.mailbox().messagesTo(CUSTOMER)).isEmpty();
      assertThat(get(network)).endsWith(" まだ");

      network.passTime(Duration.ofMinutes(1));
      assertThat(network.mailbox().messagesTo(CUSTOMER))
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.subject()).isEqualTo("工事完了のお知らせ");
                assertThat(mail.date()).isEqualTo("2026/04/01 11:00:00");
              });
      assertThat(get(network))
          .isEqualTo(
              "2026/04/01 11:00 "
                  + SimulatedClock.DEFAULT_START.plus(Duration.ofHours(25)).toEpochMilli()
                  + " 済み");

      send(network, "/test/later");
      network.reset();
      assertThat(network.clock().instant()).isEqualTo(SimulatedClock.DEFAULT_START);
      assertThat(get(network)).endsWith(" まだ").startsWith("2026/04/01 10:00 ");
      network.passTime(Duration.ofDays(1));
      assertThat(network.mailbox().received()).isEmpty();
    }
  }

  private static String get(SimulatedNetwork network) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url("/test/clock"))).build();
    return client(network).send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static void send(SimulatedNetwork network, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    assertThat(client(network).send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  private static HttpClient client(SimulatedNetwork network) {
    return HttpClient.newBuilder().proxy(network.proxy()).build();
  }

  private static String url(String path) {
    return "http://fixture.tejun.test" + path;
  }
}
