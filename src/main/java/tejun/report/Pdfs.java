package tejun.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import tejun.browser.BrowserSettings;

/**
 * Each scenario page printed by Chromium into a PDF beside it, on A4 with the page's own print
 * style (no image cut across pages), for a support engineer to attach to a mail to a customer.
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
    settings.checked();
    Path profile = Files.createTempDirectory("tejun-pdf-");
    ChromeDriver chromium = start(settings, profile);
    // Printing a long page of screenshots on a busy machine can take a while: wait for it.
    chromium.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
    try {
      PrintOptions options = new PrintOptions();
      options.setPageSize(A4);
      options.setPageMargin(new PageMargin(1.2, 1.2, 1.2, 1.2));
      options.setBackground(true);
      for (Map.Entry<Path, Path> page : result.pdfs().entrySet()) {
        chromium.get(page.getKey().toAbsolutePath().toUri().toString());
        String pdf = ((PrintsPage) chromium).print(options).getContent();
        Files.write(page.getValue(), Base64.getDecoder().decode(pdf));
      }
    } finally {
      chromium.quit();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static ChromeDriver start(BrowserSettings settings, Path profile)
      throws ReportInputException {
    try {
      ChromeOptions options = new ChromeOptions().setBinary(settings.chromium().toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(settings.chromedriver().toString()))
              .withEnvironment(Map.of("LANGUAGE", "ja", "LANG", "ja_JP.UTF-8"))
              .build();
      return new ChromeDriver(service, options);
    } catch (SessionNotCreatedException e) {
      throw new ReportInputException(
          "Chromium で PDF を作れません (cannot print the PDFs): "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + " — "
              + BrowserSettings.INSTALL);
    }
  }
}
