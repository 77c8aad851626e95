package tejun.hooks;

import io.cucumber.java.Scenario;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tejun.ScenarioRecords;
import tejun.records.RecordJson;
import tejun.records.SameImageRecord;
import tejun.records.ScreenTextRecord;

/**
 * Screens attached once per run: a screen the run attached before (the page unchanged since the
 * last step, or the same page in another procedure) is attached again as a reference to it ({@link
 * ScenarioRecords#SAME_IMAGE_TYPE}), which the report resolves. Most screens repeat, and each
 * attached image is written to the run's messages in base64, twice over with Cucumber's HTML.
 */
final class AttachedImages {
  private static final Set<String> attached = ConcurrentHashMap.newKeySet();

  private AttachedImages() {}

  /** A new Cucumber run in this JVM writes new messages: nothing in them to refer to yet. */
  static void newRun() {
    attached.clear();
  }

  /**
   * What a newly attached image's screen says, attached after the records that belong right after
   * the image (its frames or masks), for the report's search.
   */
  static void attachText(Scenario scenario, byte[] png, String text) {
    if (text != null) {
      scenario.attach(
          RecordJson.write(new ScreenTextRecord(ScenarioRecords.sha256(png), text)),
          ScenarioRecords.SCREEN_TEXT_TYPE,
          ScenarioRecords.SCREEN_TEXT_NAME);
    }
  }

  /** Whether the image itself was attached: the run had not attached it before. */
  static boolean attach(Scenario scenario, byte[] png, String name) {
    String sha256 = ScenarioRecords.sha256(png);
    // Added only once written: a reference never precedes its image in the messages.
    if (attached.contains(sha256)) {
      scenario.attach(
          RecordJson.write(new SameImageRecord(sha256, ScenarioRecords.SCREENSHOT_TYPE)),
          ScenarioRecords.SAME_IMAGE_TYPE,
          name);
      return false;
    }
    scenario.attach(png, ScenarioRecords.SCREENSHOT_TYPE, name);
    attached.add(sha256);
    return true;
  }
}
