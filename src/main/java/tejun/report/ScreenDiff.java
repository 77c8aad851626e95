package tejun.report;

import com.github.romankh3.image.comparison.ImageComparison;
import com.github.romankh3.image.comparison.model.ImageComparisonResult;
import com.github.romankh3.image.comparison.model.ImageComparisonState;
import com.github.romankh3.image.comparison.model.Rectangle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Whether a screen differs from the baseline's, by romankh3's image-comparison: what either screen
 * masks is left out (and shown green), colour differences below a tenth (anti-aliasing) and specks
 * smaller than a few pixels are tolerated, and what differs is framed in red on the new screen. A
 * screen that grew or shrank is a change; the missing part is shown grey.
 */
final class ScreenDiff {
  private static final double PIXEL_TOLERANCE = 0.1;
  private static final int SMALLEST_AREA = 4;

  /** Differing pixels this close (in pixels) are one changed area: a changed phrase, one frame. */
  private static final int SAME_AREA_WITHIN = 24;

  private static final Color MISSING = new Color(0x9e9e9e);

  private ScreenDiff() {}

  /** What changed: the diff image, how many areas, and both heights. */
  record Difference(byte[] png, int areas, int baselineHeight, int newHeight) {
    boolean heightChanged() {
      return baselineHeight != newHeight;
    }
  }

  static Optional<Difference> between(
      byte[] baselinePng,
      List<List<Integer>> baselineMasks,
      byte[] newPng,
      List<List<Integer>> newMasks) {
    BufferedImage before = decode(baselinePng);
    BufferedImage now = decode(newPng);
    int width = Math.max(before.getWidth(), now.getWidth());
    int height = Math.max(before.getHeight(), now.getHeight());
    List<Rectangle> masks = new ArrayList<>();
    baselineMasks.forEach(m -> masks.add(rectangle(m, width, height)));
    newMasks.forEach(m -> masks.add(rectangle(m, width, height)));
    ImageComparisonResult result =
        new ImageComparison(padded(before, width, height), padded(now, width, height))
            .setExcludedAreas(masks)
            .setDrawExcludedRectangles(true)
            .setExcludedRectangleFilling(true, 35)
            .setExcludedRectangleColor(new Color(0x2e7d32))
            .setDifferenceRectangleFilling(true, 15)
            .setDifferenceRectangleColor(new Color(0xd32f2f))
            .setRectangleLineWidth(3)
            .setPixelToleranceLevel(PIXEL_TOLERANCE)
            .setMinimalRectangleSize(SMALLEST_AREA)
            .setThreshold(SAME_AREA_WITHIN)
            .compareImages();
    boolean sameSize = before.getHeight() == now.getHeight() && before.getWidth() == now.getWidth();
    if (sameSize && result.getImageComparisonState() == ImageComparisonState.MATCH) {
      return Optional.empty();
    }
    return Optional.of(
        new Difference(
            encode(result.getResult()),
            result.getRectangles() == null ? 0 : result.getRectangles().size(),
            before.getHeight(),
            now.getHeight()));
  }

  private static Rectangle rectangle(List<Integer> box, int width, int height) {
    int x = Math.max(0, box.get(0));
    int y = Math.max(0, box.get(1));
    return new Rectangle(
        x, y, Math.min(width - 1, x + box.get(2) - 1), Math.min(height - 1, y + box.get(3) - 1));
  }

  /** The image on a canvas of the larger size, what it lacks grey. */
  private static BufferedImage padded(BufferedImage image, int width, int height) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    g.setColor(MISSING);
    g.fillRect(0, 0, width, height);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return canvas;
  }

  private static BufferedImage decode(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IOException("not an image ImageIO can read");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
