package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tejun.ScenarioRecords;
import tejun.records.Box;
import tejun.records.FramesRecord;
import tejun.records.MasksRecord;

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
          screen(
              records,
              ScenarioRecords.BEFORE_ACTION_NAME,
              ScenarioRecords.FRAMES_TYPE,
              a ->
                  Attachments.record(a, FramesRecord.class)
                      .map(f -> new Masked(f.cssWidth(), f.masks())));
      Screen after =
          screen(
              records,
              ScenarioRecords.SCREENSHOT_NAME,
              ScenarioRecords.MASKS_TYPE,
              a ->
                  Attachments.record(a, MasksRecord.class)
                      .map(m -> new Masked(m.cssWidth(), m.boxes())));
      screens.add(new StepScreen(s.label, occurrence, s, before, after));
    }
    return screens;
  }

  /** The boxes a record masks, in CSS pixels of a page that wide. */
  private record Masked(int cssWidth, List<Box> boxes) {}

  /** The image named {@code name}, with the boxes its record of {@code masksType} masks. */
  private static Screen screen(
      List<Attachment> records,
      String name,
      String masksType,
      Function<Attachment, Optional<Masked>> masked) {
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
            .flatMap(masked)
            .map(m -> inImagePixels(png.get(), m))
            .orElse(List.of());
    return new Screen(png.get(), masks);
  }

  /** The masked boxes, given in CSS pixels of the page, on the image. */
  private static List<List<Integer>> inImagePixels(byte[] png, Masked masks) {
    Optional<BoxRecord> record = BoxRecord.of(png, masks.cssWidth(), masks.boxes());
    if (record.isEmpty()) {
      return List.of();
    }
    double scale = record.get().scale();
    List<List<Integer>> placed = new ArrayList<>();
    for (Box b : record.get().boxes()) {
      int x = (int) Math.floor(b.x() * scale);
      int y = (int) Math.floor(b.y() * scale);
      placed.add(
          List.of(
              x,
              y,
              (int) Math.ceil((b.x() + b.width()) * scale) - x,
              (int) Math.ceil((b.y() + b.height()) * scale) - y));
    }
    return placed;
  }
}
