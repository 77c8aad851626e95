package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.ScenarioRecords;

/**
 * The screens of each numbered step of a procedure (before it acted, after it), named by the step's
 * words and, where the same words come again, their occurrence: what a baseline keeps and a later
 * run is compared with.
 */
final class StepScreens {
  private StepScreens() {}

  /** A screen and the boxes it masks, in pixels of the image: [x, y, width, height]. */
  record Screen(byte[] png, List<List<Integer>> masks) {}

  /**
   * A step, the screen before it acted (null when it acted on nothing) and the screen after it
   * (null when it has none, as before the browser opened or after a failure).
   */
  record StepScreen(String text, int occurrence, StepRun step, Screen before, Screen after) {
    String key() {
      return occurrence == 1 ? text : text + " #" + occurrence;
    }
  }

  static List<StepScreen> of(ScenarioRun run) {
    Map<String, Integer> seen = new HashMap<>();
    List<StepScreen> screens = new ArrayList<>();
    for (StepRun s : run.steps) {
      if (s.isHook()) {
        continue;
      }
      int occurrence = seen.merge(s.label, 1, Integer::sum);
      List<Attachment> records = s.afterStepAttachments;
      Screen before =
          screen(records, ScenarioRecords.BEFORE_ACTION_NAME, ScenarioRecords.FRAMES_TYPE, "masks");
      Screen after =
          screen(records, ScenarioRecords.SCREENSHOT_NAME, ScenarioRecords.MASKS_TYPE, "boxes");
      screens.add(new StepScreen(s.label, occurrence, s, before, after));
    }
    return screens;
  }

  /** The image named {@code name}, with the boxes under {@code key} of the record it masks by. */
  private static Screen screen(
      List<Attachment> records, String name, String masksType, String key) {
    Optional<byte[]> png =
        records.stream()
            .filter(a -> name.equals(Attachments.name(a)))
            .filter(a -> Attachments.isImage(Attachments.mediaType(a)))
            .reduce((first, last) -> last)
            .map(Attachments::bytes);
    if (png.isEmpty()) {
      return null;
    }
    List<List<Integer>> masks =
        records.stream()
            .filter(a -> masksType.equals(Attachments.mediaType(a)))
            .reduce((first, last) -> last)
            .map(m -> inImagePixels(png.get(), m, key))
            .orElse(List.of());
    return new Screen(png.get(), masks);
  }

  /** The masked boxes, given in CSS pixels of the page, on the image. */
  private static List<List<Integer>> inImagePixels(byte[] png, Attachment masks, String key) {
    Optional<BoxRecord> record = BoxRecord.of(png, masks, key);
    if (record.isEmpty()) {
      return List.of();
    }
    double scale = record.get().scale();
    List<List<Integer>> placed = new ArrayList<>();
    for (double[] b : record.get().boxes()) {
      int x = (int) Math.floor(b[0] * scale);
      int y = (int) Math.floor(b[1] * scale);
      placed.add(
          List.of(
              x,
              y,
              (int) Math.ceil((b[0] + b[2]) * scale) - x,
              (int) Math.ceil((b[1] + b[3]) * scale) - y));
    }
    return placed;
  }
}
