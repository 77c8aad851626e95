package tejun.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import tejun.ScenarioRecords;

/**
 * What the report tests read: the fixture site's real run ({@link FixtureRun}), and what a real run
 * cannot produce on purpose, made from it.
 */
final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /**
   * The real run's report, with the report's own features as the manuals' folder (a table of
   * contents and quoted words) and the run's stubs as the simulated sites.
   */
  static Report.Result render(Path out) throws IOException, ReportInputException {
    return Report.render(
        FixtureRun.messages(), out, Optional.of(FixtureRun.FEATURES), FixtureRun.stubs());
  }

  /**
   * The real run cut off as its first scenario that passed starts step 3, the other scenarios'
   * records left out, as when a run is stopped (or its messages read) while it runs one scenario;
   * every feature and scenario is kept, as if all were read before it stopped (a parallel run reads
   * them as it goes). A finished run cannot be made to stop there on purpose.
   */
  static Path unfinishedRun(Path dir) {
    Set<String> failed = new HashSet<>();
    for (String line : lines()) {
      JsonNode finished = read(line).path("testStepFinished");
      if (finished.path("testStepResult").path("status").asText().equals("FAILED")) {
        failed.add(finished.get("testCaseStartedId").asText());
      }
    }
    Map<String, Set<String>> procedureSteps = new HashMap<>();
    String first = null;
    boolean stopped = false;
    int started = 0;
    List<String> cut = new ArrayList<>();
    for (String line : lines()) {
      JsonNode e = read(line);
      String kind = e.fieldNames().next();
      if (kind.equals("testCase")) {
        Set<String> steps = new HashSet<>();
        for (JsonNode s : e.get("testCase").get("testSteps")) {
          if (s.has("pickleStepId")) {
            steps.add(s.get("id").asText());
          }
        }
        procedureSteps.put(e.get("testCase").get("id").asText(), steps);
      }
      if (kind.equals("testCaseStarted")
          && first == null
          && !failed.contains(e.get("testCaseStarted").get("id").asText())) {
        first = e.get("testCaseStarted").get("id").asText();
        procedureSteps.put(
            first, procedureSteps.get(e.get("testCaseStarted").get("testCaseId").asText()));
      }
      boolean ofTheFirst =
          first != null
              && (first.equals(e.path("testCaseStarted").path("id").asText())
                  || first.equals(e.findPath("testCaseStartedId").asText()));
      if (DEFINITIONS.contains(kind) || (ofTheFirst && !stopped)) {
        cut.add(line);
      }
      if (ofTheFirst
          && kind.equals("testStepStarted")
          && procedureSteps.get(first).contains(e.get("testStepStarted").get("testStepId").asText())
          && ++started == 3) {
        stopped = true;
      }
    }
    return write(dir.resolve("unfinished.ndjson"), cut);
  }

  /** What a run says about its features and glue, as opposed to what happened in it. */
  private static final Set<String> DEFINITIONS =
      Set.of(
          "meta",
          "source",
          "gherkinDocument",
          "pickle",
          "testCase",
          "hook",
          "stepDefinition",
          "parameterType",
          "undefinedParameterType",
          "testRunStarted");

  /**
   * The real run with the AfterStep hook that shows {@code scenario}'s first step failed (as when
   * the page crashed), the steps after it skipped: no scenario can make a hook fail on purpose.
   */
  static Path withFailedAfterStepHook(Path dir, String scenario) {
    List<JsonNode> envelopes = lines().stream().map(Fixtures::read).toList();
    Set<String> afterStepHooks = new HashSet<>();
    String pickle = null;
    for (JsonNode e : envelopes) {
      if (e.path("hook").path("type").asText().equals("AFTER_TEST_STEP")) {
        afterStepHooks.add(e.get("hook").get("id").asText());
      }
      if (e.path("pickle").path("name").asText().equals(scenario)) {
        pickle = e.get("pickle").get("id").asText();
      }
    }
    String failed = null;
    Set<String> skipped = new HashSet<>();
    for (JsonNode e : envelopes) {
      if (e.path("testCase").path("pickleId").asText().equals(pickle)) {
        // Step 1's other AfterStep hooks still run; the steps after it, and theirs, are skipped.
        int step = 0;
        for (JsonNode s : e.get("testCase").get("testSteps")) {
          String id = s.get("id").asText();
          boolean afterStep = afterStepHooks.contains(s.path("hookId").asText());
          step += s.has("pickleStepId") ? 1 : 0;
          if (failed == null && step == 1 && afterStep) {
            failed = id;
          } else if (step > 1 && (s.has("pickleStepId") || afterStep)) {
            skipped.add(id);
          }
        }
      }
    }
    List<String> changed = new ArrayList<>();
    Map<String, JsonNode> droppedImages = new HashMap<>();
    for (JsonNode e : envelopes) {
      String step = e.findPath("testStepId").asText("");
      JsonNode attachment = e.path("attachment");
      if (e.has("attachment") && (step.equals(failed) || skipped.contains(step))) {
        if (attachment.get("mediaType").asText().equals(ScenarioRecords.SCREENSHOT_TYPE)) {
          byte[] png = Base64.getDecoder().decode(attachment.get("body").asText());
          droppedImages.putIfAbsent(ScenarioRecords.sha256(png), attachment);
        }
        continue;
      }
      if (attachment.path("mediaType").asText().equals(ScenarioRecords.SAME_IMAGE_TYPE)) {
        // The image it names was left out with its step: this showing of it becomes the image.
        String sha256 = read(attachment.get("body").asText()).get("sha256").asText();
        JsonNode image = droppedImages.remove(sha256);
        if (image != null) {
          ((ObjectNode) attachment)
              .put("body", image.get("body").asText())
              .put("mediaType", ScenarioRecords.SCREENSHOT_TYPE)
              .put("contentEncoding", "BASE64");
        }
      }
      if (e.has("testStepFinished") && (step.equals(failed) || skipped.contains(step))) {
        ObjectNode result = (ObjectNode) e.get("testStepFinished").get("testStepResult");
        result.put("status", step.equals(failed) ? "FAILED" : "SKIPPED");
        if (step.equals(failed)) {
          String message =
              "org.openqa.selenium.WebDriverException: unknown error: session deleted because of"
                  + " page crash";
          result.put("message", message);
          result
              .putObject("exception")
              .put("type", "org.openqa.selenium.WebDriverException")
              .put("message", "unknown error: session deleted because of page crash")
              .put("stackTrace", message);
        }
      }
      changed.add(e.toString());
    }
    return write(dir.resolve("failed-after-step.ndjson"), changed);
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(FixtureRun.messages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, List<String> lines) {
    try {
      return Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
