package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;

/**
 * Over https (on the fixture stubs), every stubbed host shows the certificate made before the
 * network started, and a host without stubs one WireMock signs on the spot; a client that trusts
 * only the network's CA, and checks host names, accepts both.
 */
class NetworkCertificatesTest {
  @TempDir static Path stubs;
  private static SimulatedNetwork network;
  private static KeyStore keyStore;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
    keyStore = KeyStore.getInstance(CertificateAuthority.KEYSTORE_TYPE);
    try (InputStream in =
        Files.newInputStream(CertificateAuthority.keystoreFor(stubbedHostFolders()))) {
      keyStore.load(in, CertificateAuthority.PASSWORD.toCharArray());
    }
    client = HttpClient.newBuilder().proxy(network.proxy()).sslContext(trustingOnlyTheCa()).build();
  }

  @AfterAll
  static void stop() {
    network.close();
  }

  @Test
  void everyStubbedHostShowsTheCertificateMadeBeforehand() throws Exception {
    for (String host : stubbedHostFolders()) {
      HttpResponse<Void> response = get("https://" + host + "/");

      Certificate shown = response.sslSession().orElseThrow().getPeerCertificates()[0];
      assertThat(shown).as(host).isEqualTo(keyStore.getCertificate(host));
    }
  }

  @Test
  void aHostWithoutStubsGetsTheFailClosedPageUnderOneSignedOnTheSpot() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("https://unknown.example.com/")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).contains(SimulatedNetwork.FAIL_CLOSED_TITLE);
    Certificate shown = response.sslSession().orElseThrow().getPeerCertificates()[0];
    assertThat(keyStore.getCertificateAlias(shown)).isNull();
  }

  private static HttpResponse<Void> get(String url) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
  }

  private static SSLContext trustingOnlyTheCa() throws GeneralSecurityException, IOException {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", keyStore.getCertificate("tejun-ca"));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /** Listed again here, apart from the stub loader, as an independent check of its host list. */
  private static List<String> stubbedHostFolders() throws IOException {
    try (Stream<Path> folders = Files.list(stubs.resolve("mappings"))) {
      return folders
          .map(folder -> folder.getFileName().toString())
          .filter(name -> !name.startsWith("_"))
          .sorted()
          .toList();
    }
  }
}
