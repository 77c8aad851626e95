package tejun.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tejun.HarnessException;
import tejun.browser.BrowserSettings;

/**
 * Renders the support-staff report: {@code ReportMain <messages.ndjson> <outputDir> [<stubsDir>]}
 * (the simulated sites' folder, where the manuals' quoted words are looked for; {@code stubs} when
 * not given), its pages and each scenario's PDF (printed by the machine's Chromium, {@code
 * -Dtejun.chromium} and {@code -Dtejun.chromedriver} as for the procedures), each screen compared
 * with the accepted run's in {@code -Dtejun.baseline} ({@code baseline} by default) when it holds
 * one. Exit 0 when rendered (even if scenarios failed), 1 with a one-line message otherwise.
 */
public final class ReportMain {
  private ReportMain() {}

  /**
   * Returns normally when the report is written, so that a build running this in its own JVM
   * (exec:java in post-integration-test) goes on to its verify phase; exits non-zero otherwise.
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args) {
    if (args.length != 2 && args.length != 3) {
      System.err.println("使い方 (usage): ReportMain <messages.ndjson> <outputDir> [<stubsDir>]");
      return 2;
    }
    try {
      Path stubs = Path.of(args.length == 3 ? args[2] : "stubs");
      Optional<Path> baseline =
          Optional.ofNullable(System.getProperty("tejun.baseline")).map(Path::of);
      long start = System.nanoTime();
      Report.Result result = Report.render(Path.of(args[0]), Path.of(args[1]), stubs, baseline);
      Pdfs.print(result, BrowserSettings.fromSystemProperties());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println(BaselineSummary.line(result.baseline(), baseline, took));
      System.out.println(result.index().toAbsolutePath());
      return 0;
    } catch (ReportInputException | HarnessException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println(args[1] + ": 報告書を書けません (cannot write the report): " + e);
      return 1;
    }
  }
}
