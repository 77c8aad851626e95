package tejun.report;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A screenshot's pixels as paper needs them, for a PDF half the size: at most {@link #WIDTH} wide
 * (about 145 dpi across the 175 mm a screenshot is printed at, where 1280 px gave 186 dpi), the
 * page's own colours (its backgrounds, text, buttons: each covering a share of the image) kept
 * exactly, and the rest (the shades that smooth the letters' edges) in {@link #SHADES} levels per
 * channel. Chromium stores an image in a PDF as deflated RGB without prediction, which these fewer
 * shades shrink the most.
 */
final class PrintPixels {
  static final int WIDTH = 1000;
  static final int SHADES = 6;

  /** A colour covering this share of the image is one of the page's own: it is kept exactly. */
  static final double OWN_COLOUR_SHARE = 0.002;

  /** Packed {@code 0xRRGGBB} pixels, row by row. */
  record Image(int width, int height, int[] rgb) {}

  /** An image as a PDF stores it: 8-bit RGB, row by row, deflated. */
  record Deflated(int width, int height, byte[] data) {}

  private PrintPixels() {}

  /** The image for paper, or {@code printed} itself when it is not deflated RGB of its size. */
  static Deflated forPrint(Deflated printed) {
    int pixels = printed.width() * printed.height();
    byte[] raw = inflate(printed.data(), pixels * 3);
    if (raw == null) {
      return printed;
    }
    int[] rgb = new int[pixels];
    for (int i = 0; i < pixels; i++) {
      rgb[i] = (raw[3 * i] & 0xff) << 16 | (raw[3 * i + 1] & 0xff) << 8 | raw[3 * i + 2] & 0xff;
    }
    Image paper = forPrint(new Image(printed.width(), printed.height(), rgb));
    byte[] out = new byte[paper.rgb().length * 3];
    for (int i = 0; i < paper.rgb().length; i++) {
      out[3 * i] = (byte) (paper.rgb()[i] >> 16);
      out[3 * i + 1] = (byte) (paper.rgb()[i] >> 8);
      out[3 * i + 2] = (byte) paper.rgb()[i];
    }
    return new Deflated(paper.width(), paper.height(), deflate(out));
  }

  static Image forPrint(Image image) {
    Image small = image.width() > WIDTH ? shrink(image, WIDTH) : image;
    int[] own = ownColours(small.rgb());
    int[] out = small.rgb().clone();
    for (int i = 0; i < out.length; i++) {
      if (Arrays.binarySearch(own, out[i]) < 0) {
        out[i] = shade(out[i] >> 16) << 16 | shade(out[i] >> 8) << 8 | shade(out[i]);
      }
    }
    return new Image(small.width(), small.height(), out);
  }

  private static int shade(int channel) {
    int step = SHADES - 1;
    return Math.round((channel & 0xff) * step / 255f) * 255 / step;
  }

  /** The colours covering at least {@link #OWN_COLOUR_SHARE} of the pixels, sorted. */
  private static int[] ownColours(int[] rgb) {
    int[] sorted = rgb.clone();
    Arrays.sort(sorted);
    int enough = (int) Math.ceil(rgb.length * OWN_COLOUR_SHARE);
    int[] own = new int[sorted.length];
    int n = 0;
    for (int from = 0, to; from < sorted.length; from = to) {
      for (to = from + 1; to < sorted.length && sorted[to] == sorted[from]; to++) {}
      if (to - from >= enough) {
        own[n++] = sorted[from];
      }
    }
    return Arrays.copyOf(own, n);
  }

  /** Each new pixel is the average of the old pixels it covers (with their covered fractions). */
  private static Image shrink(Image image, int width) {
    int w = image.width();
    int h = image.height();
    int height = Math.max(1, (int) Math.round((double) h * width / w));
    Taps across = Taps.of(w, width);
    Taps down = Taps.of(h, height);
    float[] rows = new float[width * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < width; x++) {
        for (int k = 0; k < across.weights[x].length; k++) {
          int p = image.rgb()[y * w + across.first[x] + k];
          float wt = across.weights[x][k];
          int o = (y * width + x) * 3;
          rows[o] += wt * (p >> 16 & 0xff);
          rows[o + 1] += wt * (p >> 8 & 0xff);
          rows[o + 2] += wt * (p & 0xff);
        }
      }
    }
    int[] out = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int k = 0; k < down.weights[y].length; k++) {
          int o = ((down.first[y] + k) * width + x) * 3;
          float wt = down.weights[y][k];
          r += wt * rows[o];
          g += wt * rows[o + 1];
          b += wt * rows[o + 2];
        }
        out[y * width + x] = channel(r) << 16 | channel(g) << 8 | channel(b);
      }
    }
    return new Image(width, height, out);
  }

  private static int channel(float value) {
    return Math.min(255, Math.max(0, Math.round(value)));
  }

  /** For each new pixel, the first old pixel it covers and the weight of each old pixel covered. */
  private record Taps(int[] first, float[][] weights) {
    static Taps of(int from, int to) {
      double scale = (double) from / to;
      int[] first = new int[to];
      float[][] weights = new float[to][];
      for (int i = 0; i < to; i++) {
        double start = i * scale;
        double end = Math.min(from, (i + 1) * scale);
        first[i] = (int) Math.floor(start);
        int last = Math.min(from - 1, (int) Math.ceil(end) - 1);
        weights[i] = new float[last - first[i] + 1];
        for (int j = first[i]; j <= last; j++) {
          weights[i][j - first[i]] = (float) ((Math.min(end, j + 1) - Math.max(start, j)) / scale);
        }
      }
      return new Taps(first, weights);
    }
  }

  /** The inflated data when it is exactly {@code size} bytes, else null. */
  private static byte[] inflate(byte[] data, int size) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      byte[] out = new byte[size];
      int n = 0;
      while (n < size && !inflater.finished()) {
        int got = inflater.inflate(out, n, size - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        n += got;
      }
      return n == size && inflater.finished() ? out : null;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      byte[] buffer = new byte[1 << 16];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
