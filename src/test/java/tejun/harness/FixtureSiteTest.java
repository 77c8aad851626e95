package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.ScenarioRecords;
import tejun.report.Report;
import tejun.report.ReportInputException;

/**
 * The fixture sites run as a site of the suite would, each with only what is its own beside the
 * shared glue: 見本サイト ({@code fixture}, one sentence of its own in {@code tejun.steps.fixture}) and
 * 見本ショップ ({@code shop}, added by docs/adding-a-manual.md with no Java at all). 見本サイト's 本人確認 mails,
 * texts and calls a code that the shared sentences read and type in, and the run's messages carry
 * each mail, SMS and call once, for the report. Its 配達の予約 shows the simulated network's clock: the
 * start instant, a mail held until time has passed, and the clock put back by the start page's
 * 「最初の状態に戻す」.
 */
class FixtureSiteTest {
  @Test
  void theFixtureSitesRunOnTheSharedGlueAndTheirOwnSteps(@TempDir Path stubs, @TempDir Path run)
      throws IOException, ReportInputException {
    FixtureSite.stubsIn(stubs);
    Path messages = run.resolve("messages.ndjson");

    EngineExecutionResults results =
        FeatureRun.run(
            FixtureSite.GLUE,
            stubs,
            Optional.of(messages),
            selectDirectory(FixtureSite.FEATURES.toFile()));

    assertThat(results.testEvents().failed().list()).isEmpty();
    assertThat(results.testEvents().skipped().list()).isEmpty();
    assertThat(succeededOf(results, "fixture")).isEqualTo(7);
    assertThat(succeededOf(results, "shop")).isEqualTo(2);
    assertThat(results.testEvents().succeeded().count()).isEqualTo(9);
    assertThat(receivedMessages(messages))
        .containsExactlyInAnyOrder(
            "メール mail ichiro@mihon.example 【見本サイト】確認コードのお知らせ",
            "メール mail ichiro@mihon.example 【見本サイト】お届けのお知らせ",
            "SMS sms 090-1234-5678",
            "電話 voice 03-1234-5678");
    eachScreenIsAttachedOnceAndTheReportFramesWhatWasActedOn(messages, run.resolve("report"));
  }

  /** Scenarios that passed, of the features in the site's folder {@code features/<site>}. */
  private static long succeededOf(EngineExecutionResults results, String site) {
    return results.testEvents().succeeded().list().stream()
        .map(e -> e.getTestDescriptor().getSource())
        .flatMap(Optional::stream)
        .filter(
            s ->
                s instanceof FileSource file
                    && file.getFile().getParentFile().getName().equals(site))
        .count();
  }

  /**
   * The run's messages hold each distinct screen once, every other showing of it a reference to an
   * image before it; each screen before an action has its boxes as data; the report shows every
   * screen where it was attached and draws a frame for each box, inside the image.
   */
  private static void eachScreenIsAttachedOnceAndTheReportFramesWhatWasActedOn(
      Path messages, Path out) throws IOException, ReportInputException {
    ObjectMapper json = new ObjectMapper();
    Set<String> images = new HashSet<>();
    int references = 0;
    int screens = 0;
    Map<String, String> previousNameByScenario = new HashMap<>();
    for (String line : Files.readAllLines(messages)) {
      JsonNode attachment = json.readTree(line).path("attachment");
      String type = attachment.path("mediaType").asText();
      String name = attachment.path("fileName").asText();
      if (type.equals(ScenarioRecords.SCREENSHOT_TYPE)) {
        byte[] png = Base64.getDecoder().decode(attachment.get("body").asText());
        assertThat(images.add(ScenarioRecords.sha256(png)))
            .as("a screen attached a second time")
            .isTrue();
        screens++;
      } else if (type.equals(ScenarioRecords.SAME_IMAGE_TYPE)) {
        String sha256 = json.readTree(attachment.get("body").asText()).get("sha256").asText();
        assertThat(images).as("a reference to an image attached before it").contains(sha256);
        references++;
        screens++;
      } else if (type.equals(ScenarioRecords.FRAMES_TYPE)) {
        assertThat(previousNameByScenario.get(attachment.path("testCaseStartedId").asText()))
            .as("the screen a frames record follows, in its own scenario")
            .isEqualTo(ScenarioRecords.BEFORE_ACTION_NAME);
        assertThat(json.readTree(attachment.get("body").asText()).get("boxes")).isNotEmpty();
      }
      if (!type.isEmpty()) {
        previousNameByScenario.put(attachment.path("testCaseStartedId").asText(), name);
      }
    }
    assertThat(references).as("most screens repeat").isGreaterThan(images.size());

    Report.Result report = Report.render(messages, out);
    int shown = 0;
    int framed = 0;
    for (Path page : report.pages().values()) {
      Document html = Jsoup.parse(page.toFile());
      for (Element img : html.select("figure.screenshot img")) {
        assertThat(out.resolve(img.attr("src"))).exists();
        shown++;
      }
      for (Element before : html.select("figure.before-action")) {
        Elements frames = before.select(".frame");
        assertThat(frames).as(before.text()).isNotEmpty();
        for (Element frame : frames) {
          Matcher left =
              Pattern.compile("left: ([0-9.]+)%; top: ([0-9.]+)%").matcher(frame.attr("style"));
          assertThat(left.find()).isTrue();
          assertThat(Double.parseDouble(left.group(1))).isBetween(0.0, 100.0);
          assertThat(Double.parseDouble(left.group(2))).isBetween(0.0, 100.0);
          framed++;
        }
      }
    }
    assertThat(shown).isEqualTo(screens);
    assertThat(framed).isPositive();
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
}
