package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * A PDF laid out as Chromium prints it (PDF 1.4, a cross-reference table) made smaller: its
 * dictionaries in object streams, every object still where the cross-reference stream says, and its
 * screenshot at print width with the page's own colours kept.
 */
class CompactPdfTest {
  private static final int BLUE = 0x0b57a4;
  private static final int TEXT = 0x333333;
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 200;

  @Test
  void dictionariesGoIntoObjectStreamsAndEveryObjectIsWhereTheCrossReferenceSays() {
    byte[] printed = chromiumLikePdf();
    byte[] compact = new CompactPdf().compact(printed);

    String text = latin1(compact);
    assertTrue(text.startsWith("%PDF-1.5\n"), text.substring(0, 20));
    assertTrue(text.contains("/Type /ObjStm"), "object streams");
    assertTrue(
        text.contains("/Type /XRef") && !text.contains("\nxref\n"), "a cross-reference stream");
    Map<Integer, String> objects = PdfObjects.objects(compact);
    assertTrue(
        objects.keySet().containsAll(List.of(1, 2, 3, 4, 5, 6)), objects.keySet().toString());
    assertEquals(
        "<</Title (A \\(nested\\) title with >> in it) /Producer (Skia/PDF)>>", objects.get(1));
    assertEquals("<</Type /Catalog /Pages 3 0 R /MarkInfo <</Marked true>>>>", objects.get(2));
    assertEquals(
        "q 612 0 0 96 0 0 cm /X0 Do Q",
        latin1(PdfObjects.streamData(compact, 6)),
        "content as printed");
    assertTrue(compact.length < printed.length, compact.length + " of " + printed.length);
  }

  @Test
  void theScreenshotIsPrintWideWithThePagesOwnColoursKept() {
    byte[] compact = new CompactPdf().compact(chromiumLikePdf());
    Map<Integer, String> objects = PdfObjects.objects(compact);
    String image = objects.get(5);
    int height = Math.round(HEIGHT * PrintPixels.WIDTH / (float) WIDTH);
    assertTrue(image.contains("/Width " + PrintPixels.WIDTH + " /Height " + height), image);
    byte[] rgb = PdfObjects.inflate(PdfObjects.streamData(compact, 5));
    assertEquals(PrintPixels.WIDTH * height * 3, rgb.length);
    PdfObjects.assertForPaper(rgb);
    Set<Integer> colours = new HashSet<>();
    for (int i = 0; i < rgb.length; i += 3) {
      colours.add((rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff);
    }
    assertTrue(colours.containsAll(Set.of(0xffffff, BLUE)), "the page's own colours, kept");
  }

  @Test
  void aPdfLaidOutOtherwiseIsLeftAsItWasPrinted() {
    byte[] compact = new CompactPdf().compact(chromiumLikePdf());
    assertSame(compact, new CompactPdf().compact(compact), "already compact (no table)");
    byte[] notPdf = "not a PDF".getBytes(StandardCharsets.US_ASCII);
    assertSame(notPdf, new CompactPdf().compact(notPdf));
  }

  @Test
  void aScreenshotNoWiderThanPrintKeepsItsSize() {
    int[] rgb = new int[600 * 2];
    Arrays.fill(rgb, 0xfefefe);
    rgb[0] = BLUE;
    rgb[1] = 0x1e77c4;
    PrintPixels.Image paper = PrintPixels.forPrint(new PrintPixels.Image(600, 2, rgb));
    assertEquals(List.of(600, 2), List.of(paper.width(), paper.height()));
    assertEquals(0xfefefe, paper.rgb()[2], "the page's own colour, kept");
    assertEquals(
        List.of(0x006699, 0x3366cc), List.of(paper.rgb()[0], paper.rgb()[1]), "rare: shades");
  }

  /**
   * Info, catalog, pages, page, a 1280 px screenshot and the page's content, as Skia writes them.
   */
  private static byte[] chromiumLikePdf() {
    int[] rgb = new int[WIDTH * HEIGHT];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        int i = y * WIDTH + x;
        rgb[i] = y < 40 ? BLUE : 0xffffff;
        if (y >= 80 && y < 100 && x % 9 < 3) {
          rgb[i] = x % 9 == 1 ? TEXT : 0x808080 + (x * 7 + y * 13) % 90 * 0x010101;
        }
      }
    }
    byte[] raw = new byte[rgb.length * 3];
    for (int i = 0; i < rgb.length; i++) {
      raw[3 * i] = (byte) (rgb[i] >> 16);
      raw[3 * i + 1] = (byte) (rgb[i] >> 8);
      raw[3 * i + 2] = (byte) rgb[i];
    }
    Deflater deflater = new Deflater(6);
    deflater.setInput(raw);
    deflater.finish();
    byte[] image = new byte[raw.length];
    int imageLength = deflater.deflate(image);
    String content = "q 612 0 0 96 0 0 cm /X0 Do Q";
    Map<Integer, byte[]> objects = new LinkedHashMap<>();
    objects.put(1, latin1("<</Title (A \\(nested\\) title with >> in it) /Producer (Skia/PDF)>>"));
    objects.put(2, latin1("<</Type /Catalog /Pages 3 0 R /MarkInfo <</Marked true>>>>"));
    objects.put(3, latin1("<</Type /Pages /Kids [4 0 R] /Count 1>>"));
    objects.put(
        4,
        latin1(
            "<</Type /Page /Parent 3 0 R /MediaBox [0 0 595.92 841.92] /Resources <</XObject"
                + " <</X0 5 0 R>>>> /Contents 6 0 R>>"));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(
        latin1(
            "<</Type /XObject /Subtype /Image /Width "
                + WIDTH
                + " /Height "
                + HEIGHT
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length "
                + imageLength
                + ">> stream\n"));
    stream.write(image, 0, imageLength);
    stream.writeBytes(latin1("\nendstream"));
    objects.put(5, stream.toByteArray());
    objects.put(
        6, latin1("<</Length " + content.length() + ">> stream\n" + content + "\nendstream"));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(latin1("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
    int[] offsets = new int[objects.size() + 1];
    for (Map.Entry<Integer, byte[]> o : objects.entrySet()) {
      offsets[o.getKey()] = pdf.size();
      pdf.writeBytes(latin1(o.getKey() + " 0 obj\n"));
      pdf.writeBytes(o.getValue());
      pdf.writeBytes(latin1("\nendobj\n"));
    }
    int xref = pdf.size();
    StringBuilder table =
        new StringBuilder("xref\n0 " + offsets.length + "\n0000000000 65535 f \n");
    for (int n = 1; n < offsets.length; n++) {
      table.append(String.format("%010d 00000 n \n", offsets[n]));
    }
    table.append("trailer\n<</Size " + offsets.length + "\n/Root 2 0 R\n/Info 1 0 R>>\n");
    table.append("startxref\n" + xref + "\n%%EOF");
    pdf.writeBytes(latin1(table.toString()));
    return pdf.toByteArray();
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
