package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tejun.ScenarioRecords;

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
    Map<String, Object> json = Attachments.jsonObject(frames).orElse(Map.of());
    if (!(json.get("cssWidth") instanceof Number cssWidth)
        || !(json.get("boxes") instanceof List<?> boxes)
        || png.length < 24) {
      return List.of();
    }
    double width = cssWidth.doubleValue();
    ByteBuffer header = ByteBuffer.wrap(png);
    double height = header.getInt(20) * width / header.getInt(16);
    List<AttachmentView.Frame> placed = new ArrayList<>();
    for (Object o : boxes) {
      if (o instanceof List<?> b
          && b.size() == 4
          && b.stream().allMatch(Number.class::isInstance)) {
        double x = ((Number) b.get(0)).doubleValue() - PADDING;
        double y = ((Number) b.get(1)).doubleValue() - PADDING;
        double w = ((Number) b.get(2)).doubleValue() + 2 * PADDING;
        double h = ((Number) b.get(3)).doubleValue() + 2 * PADDING;
        placed.add(
            new AttachmentView.Frame(
                percent(x / width), percent(y / height), percent(w / width), percent(h / height)));
      }
    }
    return placed;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.3f", 100 * share);
  }
}
