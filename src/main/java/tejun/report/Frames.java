package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.records.Box;
import tejun.records.ComparedRecord;
import tejun.records.FramesRecord;

/**
 * The red frames of a step's screen before its action ({@link ScenarioRecords#FRAMES_TYPE}), and
 * the blue ones of the words it compared on the screen after it ({@link
 * ScenarioRecords#COMPARED_TYPE}), placed over the image in percent of its size, so that the page
 * and the PDF draw them at any scale and the run never decodes and encodes an image to draw them.
 */
final class Frames {
  /** Room between an element and its frame, in CSS pixels of the page. */
  private static final double PADDING = 4;

  private Frames() {}

  /** The red frames of what the step acted on, over the screen before it. */
  static List<AttachmentView.Frame> over(byte[] png, Attachment frames) {
    return placed(
        png,
        Attachments.record(frames, FramesRecord.class)
            .flatMap(f -> BoxRecord.of(png, f.cssWidth(), f.boxes())),
        "action");
  }

  /** The frames of the words the step compared and found on the screen after it. */
  static List<AttachmentView.Frame> compared(byte[] png, Attachment compared) {
    return placed(
        png,
        Attachments.record(compared, ComparedRecord.class)
            .flatMap(c -> BoxRecord.of(png, c.cssWidth(), boxesAfter(c))),
        "compared");
  }

  /** Whether the step compared words that it found on the screen after it. */
  static boolean anyCompared(Attachment compared) {
    return Attachments.record(compared, ComparedRecord.class)
        .map(c -> !boxesAfter(c).isEmpty())
        .orElse(false);
  }

  private static List<Box> boxesAfter(ComparedRecord compared) {
    return compared.words().stream()
        .filter(w -> "after".equals(w.on()) && w.box() != null)
        .map(ComparedRecord.Word::box)
        .distinct()
        .toList();
  }

  private static List<AttachmentView.Frame> placed(
      byte[] png, Optional<BoxRecord> record, String kind) {
    if (record.isEmpty()) {
      return List.of();
    }
    double width = record.get().imageWidth() / record.get().scale();
    double height = record.get().imageHeight() / record.get().scale();
    List<AttachmentView.Frame> placed = new ArrayList<>();
    for (Box b : record.get().boxes()) {
      double x = b.x() - PADDING;
      double y = b.y() - PADDING;
      double w = b.width() + 2 * PADDING;
      double h = b.height() + 2 * PADDING;
      placed.add(
          new AttachmentView.Frame(
              kind,
              percent(x / width),
              percent(y / height),
              percent(w / width),
              percent(h / height)));
    }
    return placed;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.3f", 100 * share);
  }
}
