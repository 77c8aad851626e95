package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A PDF written as Chromium writes one (uncompressed dictionaries, a 1280 px screenshot stored as
 * deflated RGB) made smaller: its dictionaries in object streams, its text as it was, and its
 * screenshot at print width with the page's own colours kept.
 */
class CompactPdfTest {
  private static final int BLUE = 0x0b57a4;
  private static final int TEXT = 0x333333;
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 200;

  @Test
  void dictionariesGoIntoObjectStreamsAndTheTextStays() throws IOException {
    byte[] printed = chromiumLikePdf();
    byte[] compact = new CompactPdf().compact(printed);

    assertTrue(latin1(compact).contains("/ObjStm"), "object streams");
    assertTrue(compact.length < printed.length, compact.length + " of " + printed.length);
    try (PDDocument document = Loader.loadPDF(compact)) {
      assertEquals(1, document.getNumberOfPages());
      assertTrue(new PDFTextStripper().getText(document).contains("Procedure 1"));
      assertEquals(PDRectangle.A4.toString(), document.getPage(0).getMediaBox().toString());
    }
  }

  @Test
  void theScreenshotIsPrintWideWithThePagesOwnColoursKept() throws IOException {
    byte[] compact = new CompactPdf().compact(chromiumLikePdf());
    PdfObjects.Image image = PdfObjects.images(compact).get(0);
    int height = Math.round(HEIGHT * PrintPixels.WIDTH / (float) WIDTH);
    assertEquals(List.of(PrintPixels.WIDTH, height), List.of(image.width(), image.height()));
    byte[] rgb = image.rgb();
    assertEquals(PrintPixels.WIDTH * height * 3, rgb.length);
    PdfObjects.assertForPaper(rgb);
    Set<Integer> colours = new HashSet<>();
    for (int i = 0; i < rgb.length; i += 3) {
      colours.add((rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff);
    }
    assertTrue(colours.containsAll(Set.of(0xffffff, BLUE)), "the page's own colours, kept");
  }

  @Test
  void whatIsNotAPdfIsLeftAsItWas() {
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

  /** One A4 page with a line of text and a 1280 px screenshot, saved without compression. */
  private static byte[] chromiumLikePdf() throws IOException {
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
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject image =
          new PDImageXObject(
              document,
              new ByteArrayInputStream(PrintPixels.deflate(raw)),
              COSName.FLATE_DECODE,
              WIDTH,
              HEIGHT,
              8,
              PDDeviceRGB.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(40, 800);
        content.showText("Procedure 1");
        content.endText();
        content.drawImage(image, 40, 600, 512, 80);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
