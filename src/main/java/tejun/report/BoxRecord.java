package tejun.report;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import tejun.records.Box;

/**
 * Boxes a hook recorded over a screen, in CSS pixels of the page, with the PNG's size, to place
 * them on the image: the frames of what a step acted on, and what a screen masks.
 */
record BoxRecord(int imageWidth, int imageHeight, double scale, List<Box> boxes) {
  /** None when the page's width is unknown or the image is not a PNG. */
  static Optional<BoxRecord> of(byte[] png, int cssWidth, List<Box> boxes) {
    if (cssWidth <= 0 || boxes == null || png.length < 24) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(png);
    int width = header.getInt(16);
    return Optional.of(
        new BoxRecord(width, header.getInt(20), width / (double) cssWidth, List.copyOf(boxes)));
  }
}
