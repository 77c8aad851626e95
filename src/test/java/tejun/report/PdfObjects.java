package tejun.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** What a test reads back from a PDF, through PDFBox. */
final class PdfObjects {
  private PdfObjects() {}

  /** An image of the PDF as stored: its size and its decoded 8-bit RGB. */
  record Image(int width, int height, byte[] rgb) {}

  static List<Image> images(byte[] pdf) throws IOException {
    List<Image> images = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            try (InputStream data = image.getCOSObject().createInputStream()) {
              images.add(new Image(image.getWidth(), image.getHeight(), data.readAllBytes()));
            }
          }
        }
      }
    }
    return images;
  }

  /** The addresses the PDF's links go to. */
  static List<String> links(byte[] pdf) throws IOException {
    List<String> links = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
    }
    return links;
  }

  static List<PDRectangle> mediaBoxes(byte[] pdf) throws IOException {
    List<PDRectangle> boxes = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getPages().forEach(p -> boxes.add(p.getMediaBox()));
    }
    return boxes;
  }

  /** Every colour is one of the page's own (common) or one of the shades paper gets. */
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
}
