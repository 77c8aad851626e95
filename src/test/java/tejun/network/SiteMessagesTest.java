package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;
import tejun.network.SimulatedPhone.Kind;
import tejun.network.SimulatedPhone.Message;

/**
 * Sites send real mail, SMS and calls from their stubs ({@code send-mail} and {@code phone}), with
 * what {@code site-state} has just stored, only when the network delivers the request; and a
 * network taken from the pool starts with empty mailboxes and phones.
 */
class SiteMessagesTest {
  private static final String CUSTOMER = "ichiro@customer.example";
  private static final String MOBILE = "090-1234-5678";
  private static final String HOME = "03-1234-5678";

  @TempDir static Path stubs;

  @BeforeAll
  static void stubsThatSendACode() throws IOException {
    FixtureStubs.copyTo(stubs);
    Files.writeString(
        stubs.resolve("mappings/fixture.tejun.test/send-code.json"),
        """
        { "name": "テスト用: 確認コードをメール、SMS、音声で送る",
          "request": { "method": "POST", "urlPath": "/test/send-code" },
          "response": {
            "status": 200, "body": "送りました",
            "transformers": ["site-state", "send-mail", "phone"],
            "transformerParameters": {
              "siteState": { "set": { "test:code": "{{randomValue length=6 type='NUMERIC'}}" } },
              "mail": {
                "from": "株式会社見本 <no-reply@mihon.example>",
                "to": "{{formData request.body 'f' urlDecode=true}}{{{f.to}}}",
                "subject": "【見本】確認コードのお知らせ",
                "body": "確認コード：{{site-state 'test' 'code'}}" },
              "phone": [
                { "to": "%1$s", "kind": "sms", "from": "見本", "text": "確認コード {{site-state 'test' 'code'}}" },
                { "to": "%2$s", "kind": "sms", "from": "見本", "text": "確認コード {{site-state 'test' 'code'}}" },
                { "to": "%2$s", "kind": "voice", "from": "見本",
                  "text": "確認コードは、{{digits-aloud (site-state 'test' 'code')}}です。" } ] } } }
        """
            .formatted(MOBILE, HOME));
  }

  @Test
  void aStubMailsAndTextsTheCodeSiteStateHasJustStored() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(post(network, CUSTOMER).statusCode()).isEqualTo(200);

      String code = network.siteState().get("test:code");
      assertThat(code).matches("\\d{6}");
      assertThat(network.mailbox().messagesTo(CUSTOMER))
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.subject()).isEqualTo("【見本】確認コードのお知らせ");
                assertThat(mail.body()).isEqualTo("確認コード：" + code);
                assertThat(mail.from()).isEqualTo("株式会社見本 <no-reply@mihon.example>");
              });
      assertThat(network.mailbox().messagesTo("hanako@customer.example")).isEmpty();
      assertThat(network.phone().messagesTo(MOBILE, Kind.SMS))
          .extracting(Message::text)
          .containsExactly("確認コード " + code);
      assertThat(network.phone().messagesTo(HOME, Kind.SMS)).isEmpty();
      assertThat(network.phone().messagesTo(HOME, Kind.VOICE))
          .extracting(Message::text)
          .containsExactly("確認コードは、" + String.join("、", code.split("")) + "です。");
    }
  }

  @Test
  void nothingIsSentForARequestTheNetworkDoesNotDeliver() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      network.pc().createPppoe("ブロードバンド接続", "mihon@intranet.fixture.tejun.test", "mihon");
      network.pc().connect("ブロードバンド接続");

      post(network, CUSTOMER);

      assertThat(network.mailbox().received()).isEmpty();
      assertThat(network.phone().received()).isEmpty();
    }
  }

  @Test
  void aTemplateThatRendersToNoAddressShowsAPageNamingTheStub() throws Exception {
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      HttpResponse<String> response = post(network, "");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body())
          .contains("<title>tejun: スタブ「テスト用: 確認コードをメール、SMS、音声で送る」の send-mail:")
          .contains("直し方");
    }
  }

  @Test
  void aNetworkTakenFromThePoolStartsWithEmptyMailboxesAndPhones() throws Exception {
    SimulatedNetwork first = SimulatedNetworks.take(stubs);
    post(first, CUSTOMER);
    assertThat(first.mailbox().messagesTo(CUSTOMER)).hasSize(1);
    assertThat(first.phone().received()).hasSize(2);
    SimulatedNetworks.release(stubs, first);

    SimulatedNetwork next = SimulatedNetworks.take(stubs);
    try {
      assertThat(next).isSameAs(first);
      assertThat(next.mailbox().messagesTo(CUSTOMER)).isEmpty();
      assertThat(next.mailbox().received()).isEmpty();
      assertThat(next.phone().received()).isEmpty();
    } finally {
      SimulatedNetworks.release(stubs, next);
    }
  }

  private static HttpResponse<String> post(SimulatedNetwork network, String to)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().proxy(network.proxy()).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://fixture.tejun.test/test/send-code"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "to=" + URLEncoder.encode(to, StandardCharsets.UTF_8)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
