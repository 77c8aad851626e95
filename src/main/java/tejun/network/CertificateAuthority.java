package tejun.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import tejun.OwnedDirectory;

/**
 * The simulated network's certificates, made once per JVM before any WireMock starts: a CA, and a
 * certificate it signed for every stubbed host, all in the CA keystore each WireMock reads as it
 * starts. WireMock signs one itself, with an RSA key made on the spot, only for a host not in it;
 * otherwise every network of every worker would make an RSA key per host on its first visit there,
 * seconds in all. Here the hosts share one key. Every key is RSA: for a host not in the keystore,
 * WireMock makes a key of each type the keystore holds one of, and cannot make an EC key.
 */
final class CertificateAuthority {
  static final String KEYSTORE_TYPE = "PKCS12";
  static final String PASSWORD = "tejun";
  private static final String SIGNATURE = "SHA256withRSA";
  private static final Duration VALID = Duration.ofDays(365);
  private static final Map<List<String>, Path> KEYSTORES = new HashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static Issuer issuer;

  private CertificateAuthority() {}

  /**
   * The keystore for a network whose stubs serve these hosts: written on the first call for them,
   * the same file after that.
   */
  static synchronized Path keystoreFor(List<String> hosts) {
    return KEYSTORES.computeIfAbsent(List.copyOf(hosts), CertificateAuthority::write);
  }

  private static Path write(List<String> hosts) {
    try {
      if (issuer == null) {
        issuer = Issuer.make();
      }
      KeyStore keyStore = KeyStore.getInstance(KEYSTORE_TYPE);
      keyStore.load(null, null);
      keyStore.setKeyEntry(
          "tejun-ca", issuer.caKeys.getPrivate(), PASSWORD.toCharArray(), issuer.chain());
      for (String host : hosts) {
        keyStore.setKeyEntry(
            host,
            issuer.hostKeys.getPrivate(),
            PASSWORD.toCharArray(),
            new Certificate[] {issuer.certificateFor(host), issuer.caCertificate});
      }
      Path file = OwnedDirectory.create("ca").resolve("ca.p12");
      try (OutputStream out = Files.newOutputStream(file)) {
        keyStore.store(out, PASSWORD.toCharArray());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot make the simulated network's certificates", e);
    }
  }

  /** The CA's keys and certificate, and the one key pair every host's certificate carries. */
  private record Issuer(KeyPair caKeys, X509Certificate caCertificate, KeyPair hostKeys) {
    private static final X500Name NAME = new X500Name("CN=tejun simulated network CA, O=tejun");

    static Issuer make() throws GeneralSecurityException, OperatorCreationException, IOException {
      KeyPair caKeys = rsaKeys();
      X509v3CertificateBuilder ca =
          new JcaX509v3CertificateBuilder(
                  NAME, serial(), notBefore(), notAfter(), NAME, caKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(
                      KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
      return new Issuer(caKeys, sign(ca, caKeys), rsaKeys());
    }

    Certificate[] chain() {
      return new Certificate[] {caCertificate};
    }

    X509Certificate certificateFor(String host)
        throws GeneralSecurityException, OperatorCreationException, CertIOException {
      X509v3CertificateBuilder leaf =
          new JcaX509v3CertificateBuilder(
                  caCertificate,
                  serial(),
                  notBefore(),
                  notAfter(),
                  new X500Name("CN=" + host),
                  hostKeys.getPublic())
              .addExtension(
                  Extension.subjectAlternativeName,
                  false,
                  new GeneralNames(new GeneralName(GeneralName.dNSName, host)))
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      return sign(leaf, caKeys);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
        throws GeneralSecurityException, OperatorCreationException {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate())));
    }

    private static KeyPair rsaKeys() throws GeneralSecurityException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    }

    private static BigInteger serial() {
      return new BigInteger(63, RANDOM);
    }

    private static Date notBefore() {
      return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date notAfter() {
      return Date.from(Instant.now().plus(VALID));
    }
  }
}
