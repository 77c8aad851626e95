package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;
import tejun.network.SimulatedMailbox.Outgoing;

/**
 * The webmail as a mail program: a mailto: link fills a new mail (宛先, 件名, 本文), sending it delivers
 * it through the mail server to the addressee's mailbox, an addressee that is no address is refused
 * on the same form, addresses in a mail's text are links, and a mailbox with a {@link MailCheck}
 * shows the check under each mail.
 */
class WebmailComposeTest {
  private static final String CUSTOMER = "ichiro@customer.example";
  private static final String SUPPORT = "support@desk.example";
  private static SimulatedNetwork network;
  private static HttpClient client;
  @TempDir static Path stubs;

  @BeforeAll
  static void start() throws IOException {
    network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
    client = HttpClient.newBuilder().proxy(network.proxy()).build();
  }

  @AfterAll
  static void stop() {
    network.close();
  }

  @Test
  void aMailtoLinkFillsANewMail() throws Exception {
    String link =
        "mailto:"
            + SUPPORT
            + "?subject=%E3%80%90STEP2%E3%80%91&body=%E3%83%BB1%EF%BC%9A%0D%0A%E3%83%BB2%EF%BC%9A";
    String page = get("/compose?from=" + encode(CUSTOMER) + "&url=" + encode(link)).body();

    assertThat(page)
        .contains("<title>【模擬メール】メールの作成</title>")
        .contains("<strong id=\"from\">" + CUSTOMER + "</strong>")
        .contains("id=\"to\" name=\"to\" value=\"" + SUPPORT + "\"")
        .contains("id=\"subject\" name=\"subject\" value=\"【STEP2】\"")
        .contains("rows=\"18\">・1：\n・2：</textarea>");
  }

  @Test
  void sendingDeliversToTheAddresseesMailbox() throws Exception {
    HttpResponse<String> sent = send(CUSTOMER, SUPPORT, "お問い合わせ", "・1：あ\n・2：い");

    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location"))
        .hasValue("/?to=" + encode(CUSTOMER) + "&sent=1");
    assertThat(network.mailbox().messagesTo(SUPPORT))
        .anySatisfy(
            mail -> {
              assertThat(mail.fromAddress()).isEqualTo(CUSTOMER);
              assertThat(mail.subject()).isEqualTo("お問い合わせ");
              assertThat(mail.body()).isEqualTo("・1：あ\n・2：い");
            });
    assertThat(get("/?to=" + encode(CUSTOMER) + "&sent=1").body()).contains("メールを送信しました。");
  }

  @Test
  void anAddresseeThatIsNoAddressIsRefusedOnTheSameForm() throws Exception {
    HttpResponse<String> refused = send(CUSTOMER, "support", "件名", "本文");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    assertThat(refused.body())
        .contains("宛先に、メールアドレスを入力してください。")
        .contains("value=\"support\"")
        .contains(">本文</textarea>");
    assertThat(network.mailbox().messagesTo("support")).isEmpty();
  }

  @Test
  void addressesInAMailAreLinks() throws Exception {
    String address = "links@customer.example";
    network
        .mailbox()
        .send(
            new Outgoing(
                "見本 <a@mihon.example>", address, "URL", "こちら\nhttps://a.example/x?t=1&u=2\n以上"));
    long uid = network.mailbox().messagesTo(address).get(0).uid();

    assertThat(get("/mail?to=" + encode(address) + "&uid=" + uid).body())
        .contains(
            "<a href=\"https://a.example/x?t=1&amp;u=2\">https://a.example/x?t=1&amp;u=2</a>");
  }

  @Test
  void aCheckedMailboxShowsTheCheckUnderEachMail() throws Exception {
    network.mailbox().send(new Outgoing(CUSTOMER, ExampleMailCheck.MAILBOX, "a", "番号：1"));
    network.mailbox().send(new Outgoing(CUSTOMER, ExampleMailCheck.MAILBOX, "b", "なし"));
    long complete = uid(ExampleMailCheck.MAILBOX, "a");
    long incomplete = uid(ExampleMailCheck.MAILBOX, "b");

    assertThat(mailPage(ExampleMailCheck.MAILBOX, complete))
        .contains("<h2 id=\"check-title\">見本の確認</h2>")
        .contains("不足・誤りはありません。");
    assertThat(mailPage(ExampleMailCheck.MAILBOX, incomplete))
        .contains("<li>「番号：」がありません (2通中)。</li>")
        .doesNotContain("不足・誤りはありません。");

    network.mailbox().send(new Outgoing(CUSTOMER, "unchecked@customer.example", "c", "なし"));
    assertThat(mailPage("unchecked@customer.example", uid("unchecked@customer.example", "c")))
        .doesNotContain("check-title");
  }

  private static long uid(String address, String subject) {
    return network.mailbox().messagesTo(address).stream()
        .filter(m -> m.subject().equals(subject))
        .findFirst()
        .orElseThrow()
        .uid();
  }

  private static String mailPage(String address, long uid) throws Exception {
    return get("/mail?to=" + encode(address) + "&uid=" + uid).body();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://mail.tejun.test" + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(String from, String to, String subject, String body)
      throws IOException, InterruptedException {
    String form =
        "from="
            + encode(from)
            + "&to="
            + encode(to)
            + "&subject="
            + encode(subject)
            + "&body="
            + encode(body);
    return client.send(
        HttpRequest.newBuilder(URI.create("http://mail.tejun.test/send"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
