package tejun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedNetworks;

/**
 * Readies, before the first scenario, what every scenario would otherwise pay for on its first use:
 * one simulated network per worker (WireMock started, a certificate made for each stubbed host)
 * and, with a browser context per scenario, one kept Chromium per worker that has already shown a
 * page. All workers' in parallel, once per JVM; the first scenario then costs what a later one
 * does.
 */
public final class WarmStart {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private WarmStart() {}

  /** Readies as many networks and browsers as scenarios run at once, unless already done. */
  public static void once(Path stubs) {
    if (DONE.getAndSet(true)) {
      return;
    }
    BrowserSettings settings = BrowserSettings.fromSystemProperties();
    CompletableFuture.allOf(
            IntStream.range(0, workers())
                .mapToObj(i -> CompletableFuture.runAsync(() -> warm(stubs, settings)))
                .toArray(CompletableFuture[]::new))
        .join();
  }

  /**
   * Best effort: what fails here (no browser, a broken stub) fails the first scenario that needs
   * it, with the line naming the fix.
   */
  private static void warm(Path stubs, BrowserSettings settings) {
    try {
      warmNetworkAndBrowser(stubs, settings);
    } catch (RuntimeException e) {
      // Left to the scenarios, as said.
    }
  }

  private static void warmNetworkAndBrowser(Path stubs, BrowserSettings settings) {
    SimulatedNetwork network = SimulatedNetworks.take(stubs);
    try {
      makeCertificates(network, hosts(stubs));
      if (settings.isolation() == BrowserSettings.Isolation.CONTEXT) {
        try (ScenarioBrowser browser =
            ScenarioBrowser.open(settings, network.proxyAddress(), Optional.empty())) {
          browser.driver().switchTo().window(browser.firstWindow()).get("http://tejun.test/");
        }
      }
    } finally {
      SimulatedNetworks.release(stubs, network);
    }
  }

  /**
   * A TLS handshake with each host through the network's proxy has WireMock sign its certificate.
   */
  private static void makeCertificates(SimulatedNetwork network, List<String> hosts) {
    String[] proxy = network.proxyAddress().split(":");
    HttpClient client =
        HttpClient.newBuilder()
            .proxy(ProxySelector.of(new InetSocketAddress(proxy[0], Integer.parseInt(proxy[1]))))
            .sslContext(trustingAll())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    for (String host : hosts) {
      try {
        client.send(
            HttpRequest.newBuilder(URI.create("https://" + host + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        // A host the network does not reach now: its certificate is made on the scenario's visit.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The hosts the stubs answer for: the folders of stubs/mappings (those not starting with _). */
  private static List<String> hosts(Path stubs) {
    try (Stream<Path> folders = Files.list(stubs.resolve("mappings"))) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only the simulated network is ever reached, and its CA is WireMock's own. */
  private static SSLContext trustingAll() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Cucumber's worker count: system properties, else junit-platform.properties, else 1. */
  private static int workers() {
    Properties junit = new Properties();
    try (InputStream in =
        WarmStart.class.getClassLoader().getResourceAsStream("junit-platform.properties")) {
      if (in != null) {
        junit.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String parallel = "cucumber.execution.parallel.enabled";
    String count = "cucumber.execution.parallel.config.fixed.parallelism";
    if (!Boolean.parseBoolean(System.getProperty(parallel, junit.getProperty(parallel)))) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(System.getProperty(count, junit.getProperty(count, "1"))));
  }
}
