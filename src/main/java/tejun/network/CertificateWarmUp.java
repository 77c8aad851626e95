package tejun.network;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Has WireMock sign each host's certificate now, by a TLS handshake with the host through the
 * network's proxy, instead of on the browser's first visit. All hosts at once; a host the network
 * does not answer now gets its certificate on the browser's visit, as it would have anyway.
 */
final class CertificateWarmUp {
  private CertificateWarmUp() {}

  /** The hosts that answered over TLS, and so now have their certificate. */
  static List<String> run(ProxySelector proxy, List<String> hosts) {
    HttpClient client =
        HttpClient.newBuilder()
            .proxy(proxy)
            .sslContext(trustingAll())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<CompletableFuture<String>> answered =
        hosts.stream()
            .map(
                host ->
                    client
                        .sendAsync(
                            HttpRequest.newBuilder(URI.create("https://" + host + "/")).build(),
                            HttpResponse.BodyHandlers.discarding())
                        .thenApply(response -> host)
                        .exceptionally(failure -> null))
            .toList();
    return answered.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList();
  }

  /** Only the simulated network is reached, and its CA is WireMock's own. */
  private static SSLContext trustingAll() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustingAll()}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class TrustingAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
