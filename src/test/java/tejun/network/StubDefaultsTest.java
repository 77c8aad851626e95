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

/** A host folder's {@code _defaults.json}: what its stubs have unless they say otherwise. */
class StubDefaultsTest {
  private static final String SITE = "members-club.flets.com";
  private static final String DEFAULTS =
      """
      { "response": {
          "status": 200,
          "headers": { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
          "transformers": ["response-template"] },
        "preconditions": {
          "ログイン済み": { "name": "site-state-is",
            "parameters": { "key": "S:{{request.cookies.S}}:member", "absent": false } } } }
      """;

  @TempDir Path stubs;
  private Path hostDir;

  @BeforeEach
  void aSiteWithDefaults() throws IOException {
    Files.copy(Path.of("stubs/network.json"), stubs.resolve("network.json"));
    hostDir = Files.createDirectories(stubs.resolve("mappings/" + SITE));
    Files.writeString(
        Files.createDirectories(stubs.resolve("__files/" + SITE)).resolve("page.html"),
        "<p>{{request.query.who}}</p>");
  }

  @Test
  void aStubGetsTheFoldersResponseFieldsItDoesNotSet() throws Exception {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), DEFAULTS);
    stubs(
        """
        { "name": "ページ", "request": { "method": "GET", "urlPath": "/page" },
          "response": { "bodyFileName": "members-club.flets.com/page.html" } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      HttpResponse<String> page = get(network, "/page?who=tejun");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(page.body()).isEqualTo("<p>tejun</p>");
    }
  }

  @Test
  void aStubsOwnFieldsWinAndHeadersMergeByName() throws Exception {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), DEFAULTS);
    stubs(
        """
        { "name": "そのまま", "request": { "method": "GET", "urlPath": "/raw" },
          "response": { "status": 201, "bodyFileName": "members-club.flets.com/page.html",
            "headers": { "Content-Type": "text/plain" }, "transformers": [] } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      HttpResponse<String> page = get(network, "/raw?who=tejun");

      assertThat(page.statusCode()).isEqualTo(201);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/plain");
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(page.body()).isEqualTo("<p>{{request.query.who}}</p>");
    }
  }

  @Test
  void aStubAsksForANamedPreconditionOrSeveralConditionsThatMustAllHold() throws Exception {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), DEFAULTS);
    stubs(
        """
        { "name": "会員のページ", "priority": 2,
          "request": { "method": "GET", "urlPath": "/member", "customMatcher": "ログイン済み" },
          "response": { "body": "member" } },
        { "name": "認証済みの会員のページ", "priority": 1,
          "request": { "method": "GET", "urlPath": "/member",
                       "customMatcher": ["ログイン済み",
                         { "key": "S:{{request.cookies.S}}:auth", "equalTo": "true" }] },
          "response": { "body": "authenticated" } },
        { "name": "未ログイン", "priority": 9,
          "request": { "method": "GET", "urlPath": "/member" },
          "response": { "body": "nobody" } }
        """);
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0)) {
      assertThat(get(network, "/member").body()).isEqualTo("nobody");
      network.siteState().set("S:a:member", "tejun0001");
      assertThat(get(network, "/member", "S=a").body()).isEqualTo("member");
      network.siteState().set("S:a:auth", "true");
      assertThat(get(network, "/member", "S=a").body()).isEqualTo("authenticated");
    }
  }

  @Test
  void aBrokenDefaultsFileIsNamedWithTheFix() throws IOException {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), "{ \"response\": { \"status\": 200 ");
    stubs(
        """
        { "name": "ページ", "request": { "method": "GET", "urlPath": "/page" } }
        """);
    assertFailsWith(
        "Stub defaults mappings/members-club.flets.com/_defaults.json is not valid JSON",
        "fix that file: {\"response\": {…}, \"preconditions\"");
  }

  @Test
  void aDefaultsFileWithAFieldItDoesNotKnow() throws IOException {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), "{ \"reponse\": {} }");
    stubs(
        """
        { "name": "ページ", "request": { "method": "GET", "urlPath": "/page" } }
        """);
    assertFailsWith("has \"reponse\", which is not \"response\" or \"preconditions\"");
  }

  @Test
  void anUnknownPreconditionIsNamedWithTheFix() throws IOException {
    Files.writeString(hostDir.resolve(StubDefaults.FILE), DEFAULTS);
    stubs(
        """
        { "name": "ページ", "request": { "method": "GET", "urlPath": "/page",
                                         "customMatcher": "ログイン中" } }
        """);
    assertFailsWith(
        "Stub \"ページ\" in mappings/members-club.flets.com/stubs.json asks for precondition"
            + " \"ログイン中\", but mappings/members-club.flets.com/_defaults.json has no such"
            + " precondition: add it");
  }

  private void stubs(String mappings) throws IOException {
    Files.writeString(hostDir.resolve("stubs.json"), "{ \"mappings\": [" + mappings + "] }");
  }

  private void assertFailsWith(String... parts) {
    assertThatThrownBy(() -> SimulatedNetwork.start(stubs, 0))
        .isInstanceOf(HarnessException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(parts).doesNotContain("\n"));
  }

  private static HttpResponse<String> get(SimulatedNetwork network, String path, String... cookie)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + SITE + path));
    if (cookie.length > 0) {
      request.header("Cookie", cookie[0]);
    }
    return HttpClient.newBuilder()
        .proxy(network.proxy())
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
