package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Boxes a hook recorded over a screen ({@code {"cssWidth": …, "<key>": [[x, y, width, height],
 * …]}}, in CSS pixels of the page), with the PNG's size, to place them on the image: the frames of
 * what a step acted on, and what a screen masks.
 */
record BoxRecord(int imageWidth, int imageHeight, double scale, List<double[]> boxes) {
  /** The record's boxes under {@code key}; none when it is not such a record or the PNG is not. */
  static Optional<BoxRecord> of(byte[] png, Attachment record, String key) {
    Map<String, Object> json = Attachments.jsonObject(record).orElse(Map.of());
    if (!(json.get("cssWidth") instanceof Number cssWidth)
        || cssWidth.doubleValue() <= 0
        || !(json.get(key) instanceof List<?> list)
        || png.length < 24) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(png);
    int width = header.getInt(16);
    List<double[]> boxes = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof List<?> b
          && b.size() == 4
          && b.stream().allMatch(Number.class::isInstance)) {
        boxes.add(b.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray());
      }
    }
    return Optional.of(
        new BoxRecord(width, header.getInt(20), width / cssWidth.doubleValue(), boxes));
  }
}
