package tejun.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import tejun.ScenarioRecords;

/**
 * A PDF as Chromium prints it made about half as large, by Apache PDFBox, with its text, tags,
 * links and layout untouched: saved with its dictionaries (fonts' widths, the structure tree,
 * annotations) in compressed object streams (PDF 1.5, Chromium writes them out uncompressed), and
 * its screenshots with the pixels paper needs ({@link PrintPixels}), and without links to the
 * report's own files. A PDF PDFBox cannot read is left as it was printed.
 */
final class CompactPdf {
  /** The same screenshot in many PDFs is made smaller once: by its bytes as Chromium wrote them. */
  private final Map<String, PrintPixels.Deflated> forPrint = new ConcurrentHashMap<>();

  /** The smaller PDF, or {@code pdf} itself when PDFBox cannot read it. */
  byte[] compact(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<COSStream, PDImageXObject> done = new IdentityHashMap<>();
      for (PDPage page : document.getPages()) {
        forPaper(page.getResources(), document, done);
        page.setAnnotations(page.getAnnotations(a -> !isLocalFileLink(a)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length / 2);
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      return pdf;
    }
  }

  /**
   * A link to a file of the machine that wrote the report (a screenshot's full-size image, another
   * page): on a customer's machine it opens nothing and shows a local path.
   */
  private static boolean isLocalFileLink(PDAnnotation annotation) {
    return annotation instanceof PDAnnotationLink link
        && link.getAction() instanceof PDActionURI uri
        && uri.getURI() != null
        && uri.getURI().startsWith("file:");
  }

  private void forPaper(
      PDResources resources, PDDocument document, Map<COSStream, PDImageXObject> done)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image) {
        PDImageXObject paper = done.get(image.getCOSObject());
        if (paper == null) {
          paper = forPaper(image, document);
          done.put(image.getCOSObject(), paper);
        }
        resources.put(name, paper);
      } else if (x instanceof PDFormXObject form) {
        forPaper(form.getResources(), document, done);
      }
    }
  }

  /**
   * A screenshot as Chromium stores it (deflated 8-bit RGB, in its sRGB profile, nothing else) for
   * paper, in the same colour space.
   */
  private PDImageXObject forPaper(PDImageXObject image, PDDocument document) throws IOException {
    COSStream stream = image.getCOSObject();
    if (image.getBitsPerComponent() != 8
        || image.isStencil()
        || image.getColorSpace().getNumberOfComponents() != 3
        || !(image.getColorSpace() instanceof PDDeviceRGB
            || image.getColorSpace() instanceof PDICCBased)
        || !COSName.FLATE_DECODE.equals(stream.getFilters())
        || stream.containsKey(COSName.SMASK)
        || stream.containsKey(COSName.MASK)
        || stream.containsKey(COSName.DECODE)
        || stream.containsKey(COSName.DECODE_PARMS)) {
      return image;
    }
    byte[] stored;
    try (InputStream raw = stream.createRawInputStream()) {
      stored = raw.readAllBytes();
    }
    PrintPixels.Deflated paper =
        forPrint.computeIfAbsent(
            ScenarioRecords.sha256(stored),
            k ->
                PrintPixels.forPrint(
                    new PrintPixels.Deflated(image.getWidth(), image.getHeight(), stored)));
    if (paper.data() == stored) {
      return image;
    }
    return new PDImageXObject(
        document,
        new ByteArrayInputStream(paper.data()),
        COSName.FLATE_DECODE,
        paper.width(),
        paper.height(),
        8,
        image.getColorSpace());
  }
}
