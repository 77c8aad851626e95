package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a PDF made by {@link CompactPdf} back through its cross-reference stream, as a viewer does.
 */
final class PdfObjects {
  private static final Pattern STREAM =
      Pattern.compile("(\\d+) 0 obj\n(<<.*?>>) stream\n", Pattern.DOTALL);

  private record Stream(int number, String dict, byte[] data) {}

  private PdfObjects() {}

  /** Each object's dictionary or value, checked to be where the cross-reference stream says. */
  static Map<Integer, String> objects(byte[] pdf) {
    Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(latin1(pdf));
    assertTrue(startxref.find(), "startxref at the end");
    ByteBuffer rows =
        ByteBuffer.wrap(inflate(streamAt(pdf, Integer.parseInt(startxref.group(1))).data()));
    Map<Integer, String> objects = new TreeMap<>();
    for (int n = 0; n < rows.limit() / 7; n++) {
      int where = rows.getInt(7 * n + 1);
      int index = rows.getShort(7 * n + 5) & 0xffff;
      if (rows.get(7 * n) == 1) {
        Stream s = streamAt(pdf, where);
        assertEquals(n, s.number(), "the object at " + where);
        objects.put(n, s.dict());
      } else if (rows.get(7 * n) == 2) {
        assertEquals(1, rows.get(7 * where), "object stream " + where + " is stored directly");
        objects.put(n, packed(streamAt(pdf, rows.getInt(7 * where + 1)), index, n));
      }
    }
    return objects;
  }

  static byte[] streamData(byte[] pdf, int number) {
    Matcher m = Pattern.compile("(?m)^" + number + " 0 obj\n").matcher(latin1(pdf));
    assertTrue(m.find(), "object " + number);
    return streamAt(pdf, m.start()).data();
  }

  /**
   * Deflated RGB as paper needs it ({@link PrintPixels}): each colour either one of the page's own
   * (covering its share of the image) or one of the few shades.
   */
  static void assertForPaper(byte[] rgb) {
    Map<Integer, Integer> colours = new HashMap<>();
    for (int i = 0; i < rgb.length; i += 3) {
      colours.merge(
          (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff, 1, Integer::sum);
    }
    for (Map.Entry<Integer, Integer> c : colours.entrySet()) {
      int colour = c.getKey();
      boolean shade =
          IntStream.of(colour >> 16, colour >> 8, colour)
              .allMatch(v -> (v & 0xff) % (255 / (PrintPixels.SHADES - 1)) == 0);
      boolean own = c.getValue() >= PrintPixels.OWN_COLOUR_SHARE * rgb.length / 3;
      assertTrue(shade || own, Integer.toHexString(colour) + ": a rare colour not in the shades");
    }
  }

  /** Object {@code number}, the {@code index}th in object stream {@code s}. */
  private static String packed(Stream s, int index, int number) {
    int first = Integer.parseInt(s.dict().replaceAll("(?s).*/First (\\d+).*", "$1"));
    String all = latin1(inflate(s.data()));
    String[] pairs = all.substring(0, first).trim().split("\\s+");
    assertEquals(String.valueOf(number), pairs[2 * index], "its number in the object stream");
    int from = first + Integer.parseInt(pairs[2 * index + 1]);
    int to =
        2 * index + 3 < pairs.length
            ? first + Integer.parseInt(pairs[2 * index + 3])
            : all.length();
    return all.substring(from, to).strip();
  }

  private static Stream streamAt(byte[] pdf, int offset) {
    Matcher m = STREAM.matcher(latin1(pdf)).region(offset, pdf.length);
    assertTrue(m.lookingAt(), "a stream at " + offset);
    int length = Integer.parseInt(m.group(2).replaceAll("(?s).*/Length (\\d+).*", "$1"));
    int end = m.end() + length;
    assertEquals("\nendstream\nendobj\n", latin1(Arrays.copyOfRange(pdf, end, end + 18)));
    return new Stream(
        Integer.parseInt(m.group(1)), m.group(2), Arrays.copyOfRange(pdf, m.end(), end));
  }

  static byte[] inflate(byte[] data) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        assertTrue(n > 0 || !inflater.needsInput(), "complete deflate data");
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      inflater.end();
    }
  }

  static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
