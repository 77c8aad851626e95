package tejun.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import tejun.HarnessException;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;

/**
 * Each scenario page printed by an offline Chromium (it loads only the pages' files) into a PDF
 * beside it, on A4 with the page's own print style (no image cut across pages), for a support
 * engineer to attach to a mail to a customer: made about half as large as Chromium prints it
 * ({@link CompactPdf}).
 */
public final class Pdfs {
  private static final PageSize A4 = new PageSize(29.7, 21.0);

  private Pdfs() {}

  /** Prints every page of {@code result} into its PDF with the machine's Chromium, headless. */
  public static void print(Report.Result result, BrowserSettings settings)
      throws ReportInputException, IOException {
    if (result.pdfs().isEmpty()) {
      return;
    }
    try (Browser chromium = offline(settings)) {
      // Printing a long page of screenshots on a busy machine can take a while: wait for it.
      chromium.driver().manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
      PrintOptions options = new PrintOptions();
      options.setPageSize(A4);
      options.setPageMargin(new PageMargin(1.2, 1.2, 1.2, 1.2));
      options.setBackground(true);
      CompactPdf compact = new CompactPdf();
      // Made smaller on a thread of its own while Chromium prints the next page.
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        List<Future<Path>> written = new ArrayList<>();
        for (Map.Entry<Path, Path> page : result.pdfs().entrySet()) {
          chromium.driver().get(page.getKey().toAbsolutePath().toUri().toString());
          byte[] pdf =
              Base64.getDecoder()
                  .decode(((PrintsPage) chromium.driver()).print(options).getContent());
          written.add(writer.submit(() -> Files.write(page.getValue(), compact.compact(pdf))));
        }
        waitFor(written);
      } finally {
        writer.shutdownNow();
      }
    }
  }

  private static void waitFor(List<Future<Path>> written) throws IOException {
    try {
      for (Future<Path> pdf : written) {
        pdf.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("PDF の書き込み中に中断されました (interrupted writing the PDFs)", e);
    }
  }

  private static Browser offline(BrowserSettings settings) throws ReportInputException {
    try {
      return Browser.offline(settings);
    } catch (HarnessException e) {
      throw new ReportInputException(
          "Chromium で PDF を作れません (cannot print the PDFs): " + e.getMessage());
    }
  }
}
