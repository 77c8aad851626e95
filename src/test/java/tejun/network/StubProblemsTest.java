package tejun.network;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.HarnessException;

/** Each kind of broken stub is named in one line, with the file and the fix. */
class StubProblemsTest {
  @TempDir Path stubs;
  private Path hostDir;

  @BeforeEach
  void stubsWithTheRealNetworkMap() throws IOException {
    Files.copy(Path.of("stubs/network.json"), stubs.resolve("network.json"));
    hostDir = Files.createDirectories(stubs.resolve("mappings/members-club.flets.com"));
    Files.createDirectories(stubs.resolve("__files"));
  }

  @Test
  void malformedJson() throws IOException {
    Files.writeString(hostDir.resolve("login.json"), "{ \"name\": \"ログイン\", ");
    assertFailsWith("Stub file mappings/members-club.flets.com/login.json is not valid JSON");
  }

  @Test
  void aStubWithoutAName() throws IOException {
    Files.writeString(hostDir.resolve("login.json"), "{ \"request\": { \"method\": \"GET\" } }");
    assertFailsWith("Stub in mappings/members-club.flets.com/login.json has no \"name\"");
  }

  @Test
  void aBodyFileThatDoesNotExist() throws IOException {
    Files.writeString(
        hostDir.resolve("login.json"),
        "{ \"name\": \"ログイン\", \"request\": { \"method\": \"GET\" }, \"response\": {"
            + " \"bodyFileName\": \"members-club.flets.com/nothing.html\" } }");
    assertFailsWith("stubs/__files/members-club.flets.com/nothing.html does not exist");
  }

  @Test
  void aPageInAFrameServedWithoutTemplating() throws IOException {
    Files.writeString(
        Files.createDirectories(stubs.resolve("__files/members-club.flets.com")).resolve("a.html"),
        "{{#page-frame 'members-club.flets.com' title='見本'}}<p>見本</p>{{/page-frame}}");
    Files.writeString(
        hostDir.resolve("login.json"),
        "{ \"name\": \"ログイン\", \"request\": { \"method\": \"GET\" }, \"response\": {"
            + " \"bodyFileName\": \"members-club.flets.com/a.html\" } }");
    assertFailsWith("add \"transformers\": [\"response-template\"] to its response");
  }

  @Test
  void anInvalidMatcher() throws IOException {
    Files.writeString(
        hostDir.resolve("login.json"),
        "{ \"name\": \"ログイン\", \"request\": { \"method\": \"GET\", \"urlPath\": { \"bogus\": 1 } }"
            + " }");
    assertFailsWith("Stub \"ログイン\" in mappings/members-club.flets.com/login.json is not a valid");
  }

  @Test
  void aMailWithoutAnAddressee() throws IOException {
    Files.writeString(
        hostDir.resolve("send.json"),
        "{ \"name\": \"コードを送る\", \"request\": { \"method\": \"POST\" }, \"response\": {"
            + " \"transformers\": [\"site-state\", \"send-mail\"], \"transformerParameters\": {"
            + " \"mail\": { \"from\": \"見本 <a@example.jp>\", \"subject\": \"件名\","
            + " \"body\": \"本文\" } } } }");
    assertFailsWith(
        "Stub \"コードを送る\" in mappings/members-club.flets.com/send.json:"
            + " transformerParameters.mail has no \"to\": give every mail from, to, subject, body");
  }

  @Test
  void aMailForLaterWithoutAnIso8601Duration() throws IOException {
    Files.writeString(
        hostDir.resolve("send.json"),
        "{ \"name\": \"完了を知らせる\", \"request\": { \"method\": \"POST\" }, \"response\": {"
            + " \"transformers\": [\"send-mail\"], \"transformerParameters\": {"
            + " \"mail\": { \"from\": \"見本 <a@example.jp>\", \"to\": \"b@example.jp\","
            + " \"subject\": \"件名\", \"body\": \"本文\", \"after\": \"1時間後\" } } } }");
    assertFailsWith(
        "Stub \"完了を知らせる\" in mappings/members-club.flets.com/send.json:"
            + " transformerParameters.mail has \"after\": \"1時間後\": give an ISO-8601 duration");
  }

  @Test
  void aSenderWithoutItsParameters() throws IOException {
    Files.writeString(
        hostDir.resolve("send.json"),
        "{ \"name\": \"コードを送る\", \"request\": { \"method\": \"POST\" }, \"response\": {"
            + " \"transformers\": [\"phone\"] } }");
    assertFailsWith("uses \"phone\" without transformerParameters.phone: give it an object");
  }

  @Test
  void aPhoneMessageOfAnUnknownKind() throws IOException {
    Files.writeString(
        hostDir.resolve("send.json"),
        "{ \"name\": \"コードを送る\", \"request\": { \"method\": \"POST\" }, \"response\": {"
            + " \"transformers\": [\"phone\"], \"transformerParameters\": { \"phone\": {"
            + " \"to\": \"090-1234-5678\", \"kind\": \"fax\", \"from\": \"見本\","
            + " \"text\": \"本文\" } } } }");
    assertFailsWith("transformerParameters.phone has \"kind\": \"fax\": use \"sms\" or \"voice\".");
  }

  @Test
  void mailParametersWithoutTheSender() throws IOException {
    Files.writeString(
        hostDir.resolve("send.json"),
        "{ \"name\": \"コードを送る\", \"request\": { \"method\": \"POST\" }, \"response\": {"
            + " \"transformerParameters\": { \"mail\": { \"to\": \"a@example.jp\" } } } }");
    assertFailsWith(
        "has transformerParameters.mail but does not list \"send-mail\" in its transformers");
  }

  @Test
  void aHostThatIsOnNoNetwork() throws IOException {
    Files.createDirectories(stubs.resolve("mappings/nowhere.example"));
    assertFailsWith("stubs/mappings/nowhere.example/ has stubs, but stubs/network.json puts");
  }

  @Test
  void siteDataThatIsNotJson() throws IOException {
    Files.writeString(
        Files.createDirectories(stubs.resolve("sites")).resolve("membersclub.json"),
        "{ \"name\": ");
    assertFailsWith("Site data " + stubs.getFileName() + "/sites/membersclub.json is unreadable");
  }

  @Test
  void siteDataWithoutHosts() throws IOException {
    Files.writeString(
        Files.createDirectories(stubs.resolve("sites")).resolve("membersclub.json"),
        "{ \"name\": \"見本\", \"customers\": {} }");
    assertFailsWith("must declare \"name\" and \"hosts\"");
  }

  @Test
  void aManualWithoutItsFirstScreen() throws IOException {
    Files.createDirectories(stubs.resolve("sites"));
    Files.writeString(
        stubs.resolve("sites/membersclub.json"),
        "{ \"name\": \"フレッツ光メンバーズクラブ\", \"hosts\": [\"members-club.flets.com\"],"
            + " \"manuals\": [ { \"title\": \"契約回線認証\" } ] }");
    assertFailsWith(
        "A manual in "
            + stubs.getFileName()
            + "/sites/membersclub.json needs a \"title\" and a \"start\"");
  }

  @Test
  void noStubsAtAll(@TempDir Path empty) {
    assertThatThrownBy(() -> SimulatedNetwork.start(empty, 0))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("expected mappings/ and network.json there");
  }

  @Test
  void aPortInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> SimulatedNetwork.start(stubs, taken.getLocalPort()))
          .isInstanceOf(HarnessException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .hasMessageContaining("the port is in use");
    }
  }

  private void assertFailsWith(String message) {
    assertThatThrownBy(() -> SimulatedNetwork.start(stubs, 0))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining(message);
  }
}
