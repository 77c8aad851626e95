package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.ScenarioRecords;

/** The command line: exit 0 and the index path when rendered, 1 and one clear line when not. */
class ReportMainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  /** The fixture site's real run, rendered once by the command line for the tests that read it. */
  @TempDir static Path rendered;

  static String renderedOut;
  static String renderedErr;
  static int exit;

  @BeforeAll
  static void renderTheRealRun() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      exit =
          ReportMain.run(
              new String[] {
                FixtureRun.messages().toString(),
                rendered.resolve("tejun-report").toString(),
                FixtureRun.stubs().toString()
              });
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    renderedOut = stdout.toString(StandardCharsets.UTF_8);
    renderedErr = stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rendersAFailedRunWithExitZeroAndPrintsTheIndex() {
    Path report = rendered.resolve("tejun-report");
    assertEquals(0, exit, renderedErr);
    List<String> lines = renderedOut.strip().lines().toList();
    assertEquals(
        report.resolve("index.html").toAbsolutePath().toString(), lines.get(lines.size() - 1));
    assertTrue(lines.get(0).startsWith("報告書 "), lines.get(0));
    assertTrue(Files.exists(report.resolve("index.html")));
  }

  @Test
  void eachScenarioPageLinksItsPdfPrintedByChromiumOnA4() throws Exception {
    Path report = rendered.resolve("tejun-report");
    Path page = report.resolve("scenario-001.html");
    String href = Pages.read(page).selectFirst(".pdf-link a").attr("href");
    assertEquals("scenario-001.pdf", href);
    byte[] pdf = Files.readAllBytes(report.resolve(href));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    // A4 portrait: 595 x 842 points.
    for (var box : PdfObjects.mediaBoxes(pdf)) {
      assertEquals(595, box.getWidth(), 1, "A4 width");
      assertEquals(842, box.getHeight(), 1, "A4 height");
    }
  }

  @Test
  void thePdfHasTheScreenshotsForPaperWhileThePageShowsThemAsAttached() throws Exception {
    Path report = rendered.resolve("tejun-report");
    String src =
        Pages.read(report.resolve("scenario-001.html")).selectFirst(".shot img").attr("src");
    byte[] png = Files.readAllBytes(report.resolve(src));
    assertEquals(
        FileStore.DIR + "/" + ScenarioRecords.sha256(png) + ".png", src, "the PNG as attached");
    byte[] pdf = Files.readAllBytes(report.resolve("scenario-001.pdf"));
    assertTrue(
        PdfObjects.links(pdf).stream().noneMatch(l -> l.startsWith("file:")),
        "no link to a file of this machine: " + PdfObjects.links(pdf));
    List<PdfObjects.Image> images = PdfObjects.images(pdf);
    assertFalse(images.isEmpty(), "the screenshots are in the PDF");
    for (PdfObjects.Image image : images) {
      assertTrue(image.width() <= PrintPixels.WIDTH, image.width() + " px");
      PdfObjects.assertForPaper(image.rgb());
    }
  }

  @Test
  void malformedLineNamesTheFileAndLine() throws Exception {
    Path ndjson = dir.resolve("messages.ndjson");
    List<String> lines = Files.readAllLines(FixtureRun.messages());
    Files.write(
        ndjson,
        List.of(lines.get(0), lines.get(1), "{\"testCaseStarted\": {\"id\": ", lines.get(2)));
    assertEquals(1, ReportMain.run(new String[] {ndjson.toString(), dir.resolve("r").toString()}));
    String message = err().strip();
    assertFalse(message.contains("\n"), "one line: " + message);
    assertTrue(message.startsWith(ndjson + ":3: "), message);
    assertFalse(Files.exists(dir.resolve("r/index.html")));
  }

  @Test
  void aLineThatIsNotAMessageIsRejected() throws Exception {
    Path ndjson = dir.resolve("messages.ndjson");
    Files.writeString(
        ndjson, "{\"meta\":{\"protocolVersion\":\"30.1.0\"}}\n{\"noSuchMessage\":{}}\nnot json\n");
    assertEquals(1, ReportMain.run(new String[] {ndjson.toString(), dir.resolve("r").toString()}));
    assertTrue(err().strip().startsWith(ndjson + ":"), err());
  }

  @Test
  void missingAndEmptyFilesAreReported() throws Exception {
    Path missing = dir.resolve("nothing.ndjson");
    assertEquals(1, ReportMain.run(new String[] {missing.toString(), dir.resolve("r").toString()}));
    assertTrue(err().contains(missing.toString()) && err().contains("no such file"), err());
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "\n");
    assertEquals(1, ReportMain.run(new String[] {empty.toString(), dir.resolve("r").toString()}));
    assertTrue(err().contains("no messages"), err());
  }

  @Test
  void wrongArgumentsPrintUsage() {
    assertEquals(2, ReportMain.run(new String[] {"only-one"}));
    assertTrue(err().contains("usage"));
  }
}
