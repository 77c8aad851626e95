package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.nio.ByteBuffer;
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

  /** The masked boxes, given in CSS pixels of a page {@code cssWidth} wide, on the image. */
  private static List<List<Integer>> inImagePixels(byte[] png, Attachment masks, String key) {
    Map<String, Object> json = Attachments.jsonObject(masks).orElse(Map.of());
    if (!(json.get("cssWidth") instanceof Number cssWidth)
        || !(json.get(key) instanceof List<?> boxes)
        || png.length < 24
        || cssWidth.doubleValue() <= 0) {
      return List.of();
    }
    double scale = ByteBuffer.wrap(png).getInt(16) / cssWidth.doubleValue();
    List<List<Integer>> placed = new ArrayList<>();
    for (Object o : boxes) {
      if (o instanceof List<?> b
          && b.size() == 4
          && b.stream().allMatch(Number.class::isInstance)) {
        double x = ((Number) b.get(0)).doubleValue() * scale;
        double y = ((Number) b.get(1)).doubleValue() * scale;
        double w = ((Number) b.get(2)).doubleValue() * scale;
        double h = ((Number) b.get(3)).doubleValue() * scale;
        placed.add(
            List.of(
                (int) Math.floor(x),
                (int) Math.floor(y),
                (int) Math.ceil(x + w) - (int) Math.floor(x),
                (int) Math.ceil(y + h) - (int) Math.floor(y)));
      }
    }
    return placed;
  }
}
