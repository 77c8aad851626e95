package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The warm start's certificates: every host with stubs of its own answers over TLS through the
 * proxy beforehand, and the network's journal is left empty, as a scenario expects it.
 */
class CertificateWarmUpTest {
  @Test
  void everyStubbedHostGetsItsCertificateAndTheJournalStaysEmpty() throws IOException {
    List<String> hostFolders;
    try (Stream<Path> folders = Files.list(Path.of("stubs", "mappings"))) {
      hostFolders =
          folders
              .map(folder -> folder.getFileName().toString())
              .filter(name -> !name.startsWith("_"))
              .toList();
    }
    try (SimulatedNetwork network = SimulatedNetwork.start(Path.of("stubs"), 0)) {
      assertThat(network.makeCertificates())
          .contains("members-club.flets.com", "www.ocn.ne.jp", "fc.plusmember.example")
          .containsExactlyInAnyOrderElementsOf(hostFolders);

      assertThat(network.requests()).isEmpty();
      assertThat(network.unmatchedReport()).isEmpty();
    }
  }
}
