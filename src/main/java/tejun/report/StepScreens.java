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
 * The screen after each numbered step of a procedure, named by the step's words and, where the same
 * words come again, their occurrence: what a baseline keeps and a later run is compared with.
 */
final class StepScreens {
  private StepScreens() {}

  /**
   * A step and the screen after it (null when it has none, as before the browser opened or after a
   * failure); {@code masks} in pixels of the image, [x, y, width, height].
   */
  record StepScreen(
      String text, int occurrence, StepRun step, byte[] png, List<List<Integer>> masks) {
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
      Optional<Attachment> shot =
          s.afterStepAttachments.stream()
              .filter(a -> ScenarioRecords.SCREENSHOT_NAME.equals(Attachments.name(a)))
              .filter(a -> Attachments.isImage(Attachments.mediaType(a)))
              .reduce((first, last) -> last);
      byte[] png = shot.map(Attachments::bytes).orElse(null);
      List<List<Integer>> masks =
          png == null
              ? List.of()
              : s.afterStepAttachments.stream()
                  .filter(a -> ScenarioRecords.MASKS_TYPE.equals(Attachments.mediaType(a)))
                  .reduce((first, last) -> last)
                  .map(m -> inImagePixels(png, m))
                  .orElse(List.of());
      screens.add(new StepScreen(s.label, occurrence, s, png, masks));
    }
    return screens;
  }

  /** The masked boxes, given in CSS pixels of a page {@code cssWidth} wide, on the image. */
  private static List<List<Integer>> inImagePixels(byte[] png, Attachment masks) {
    Map<String, Object> json = Attachments.jsonObject(masks).orElse(Map.of());
    if (!(json.get("cssWidth") instanceof Number cssWidth)
        || !(json.get("boxes") instanceof List<?> boxes)
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
