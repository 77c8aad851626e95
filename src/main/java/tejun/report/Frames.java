package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.records.Box;
import tejun.records.FramesRecord;

/**
 * The red frames of a step's screen before its action ({@link ScenarioRecords#FRAMES_TYPE}), placed
 * over the image in percent of its size, so that the page and the PDF draw them at any scale and
 * the run never decodes and encodes an image to draw them.
 */
final class Frames {
  /** Room between an element and its frame, in CSS pixels of the page. */
  private static final double PADDING = 4;

  private Frames() {}

  static List<AttachmentView.Frame> over(byte[] png, Attachment frames) {
    Optional<BoxRecord> record =
        Attachments.record(frames, FramesRecord.class)
            .flatMap(f -> BoxRecord.of(png, f.cssWidth(), f.boxes()));
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
              percent(x / width), percent(y / height), percent(w / width), percent(h / height)));
    }
    return placed;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.3f", 100 * share);
  }
}
