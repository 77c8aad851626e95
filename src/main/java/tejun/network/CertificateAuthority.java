package tejun.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WireMock's own CA, generated once per JVM, signs a certificate for every https host the browser
 * visits through the proxy. Generation needs {@code
 * --add-exports=java.base/sun.security.x509=ALL-UNNAMED}; the pom passes it to every JVM it starts.
 */
final class CertificateAuthority {
  private static final Path KEYSTORE = tempDir().resolve("ca-keystore.jks");

  private CertificateAuthority() {}

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("tejun-ca");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path keystore() {
    return KEYSTORE;
  }

  /** The first server generates the keystore; parallel first starts must not race on it. */
  static void whileStarting(Runnable start) {
    if (Files.exists(KEYSTORE)) {
      start.run();
      return;
    }
    synchronized (CertificateAuthority.class) {
      start.run();
    }
  }
}
