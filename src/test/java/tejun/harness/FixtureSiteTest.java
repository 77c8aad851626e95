package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.RealStubs;
import tejun.ScenarioRecords;

/**
 * A second site, added exactly as the README's "Adding a manual" says (features, stubs, the host on
 * its network, sample data, a page object and a step class), runs in one Cucumber run beside the
 * members club: every sentence both use is the harness's, so none is ambiguous or undefined. Its
 * 本人確認 mails, texts and calls a code that the shared sentences read and type in, and the run's
 * messages carry each mail, SMS and call once, for the report. Its 配達の予約 shows the simulated
 * network's clock: the start instant, a mail held until time has passed, and the clock put back by
 * the start page's 「最初の状態に戻す」.
 */
class FixtureSiteTest {
  private static final Path FIXTURE = Path.of("src/test/resources/tejun/fixture");
  private static final String HOST = "fixture.tejun.test";

  /** The members club's scenarios that use the same login, error and field sentences. */
  private static final String MEMBERS_CLUB_LOGIN =
      "features/members-club.flets.com/login-and-functions.feature";

  private static final int LOG_IN = 12;
  private static final int WRONG_PASSWORD = 17;

  @Test
  void theFixtureSiteRunsBesideTheMembersClub(@TempDir Path stubs, @TempDir Path run)
      throws IOException {
    RealStubs.copyTo(stubs);
    RealStubs.copy(FIXTURE.resolve("stubs"), stubs);
    putOnTheInternet(stubs.resolve("network.json"));
    Path messages = run.resolve("messages.ndjson");

    EngineExecutionResults results =
        FeatureRun.run(
            stubs,
            Optional.of(messages),
            selectDirectory(FIXTURE.resolve("features").toFile()),
            selectFile(MEMBERS_CLUB_LOGIN, FilePosition.from(LOG_IN)),
            selectFile(MEMBERS_CLUB_LOGIN, FilePosition.from(WRONG_PASSWORD)));

    assertThat(results.testEvents().failed().list()).isEmpty();
    assertThat(results.testEvents().skipped().list()).isEmpty();
    long fixtureScenarios =
        results.testEvents().succeeded().list().stream()
            .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(HOST))
            .count();
    assertThat(fixtureScenarios).isEqualTo(7);
    assertThat(results.testEvents().succeeded().count()).isEqualTo(fixtureScenarios + 2);
    assertThat(receivedMessages(messages))
        .containsExactlyInAnyOrder(
            "メール mail ichiro@mihon.example 【見本サイト】確認コードのお知らせ",
            "メール mail ichiro@mihon.example 【見本サイト】お届けのお知らせ",
            "SMS sms 090-1234-5678",
            "電話 voice 03-1234-5678");
  }

  /** Each mail, SMS and call the hooks attached: name, kind, addressee (and a mail's subject). */
  private static List<String> receivedMessages(Path messages) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> received = new ArrayList<>();
    for (String line : Files.readAllLines(messages)) {
      JsonNode attachment = json.readTree(line).path("attachment");
      if (attachment.path("mediaType").asText().equals(ScenarioRecords.MESSAGE_TYPE)) {
        JsonNode message = json.readTree(attachment.get("body").asText());
        received.add(
            (attachment.get("fileName").asText()
                    + " "
                    + message.get("kind").asText()
                    + " "
                    + message.get("to").asText()
                    + " "
                    + message.path("subject").asText())
                .strip());
      }
    }
    return received;
  }

  /** Step 2 of "Adding a manual": the host added to its network in stubs/network.json. */
  private static void putOnTheInternet(Path networkJson) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode map = (ObjectNode) json.readTree(networkJson.toFile());
    StreamSupport.stream(map.get("networks").spliterator(), false)
        .filter(n -> n.get("id").asText().equals("internet"))
        .findFirst()
        .map(n -> (ArrayNode) n.get("hosts"))
        .orElseThrow()
        .add(HOST);
    json.writerWithDefaultPrettyPrinter().writeValue(networkJson.toFile(), map);
  }
}
