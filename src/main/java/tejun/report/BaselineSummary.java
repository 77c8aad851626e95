package tejun.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The one line a report run prints about the comparison with the accepted run. */
final class BaselineSummary {
  private BaselineSummary() {}

  /** {@code took}: the whole report's time, pages and PDFs, the comparison included. */
  static String line(BaselineChanges changes, Optional<Path> dir, Duration took) {
    if (!changes.compared()) {
      return "報告書 "
          + Formats.seconds(took)
          + "、基準との比較なし (no baseline"
          + dir.map(
                  d -> " in " + d + ": `mvn -q compile exec:java@accept-baseline` accepts this run")
              .orElse(" given: -Dtejun.baseline=<folder>")
          + ")";
    }
    BaselineChanges.Totals totals = changes.totals();
    return "基準との比較 (compared with "
        + dir.orElseThrow()
        + "): 変更あり "
        + totals.screens()
        + " 画面 ("
        + totals.procedures()
        + " 手順), 新しい手順 "
        + totals.newProcedures()
        + ", なくなった手順 "
        + changes.gone().size()
        + ", 加わった・なくなったステップ "
        + totals.steps()
        + "; 報告書 "
        + Formats.seconds(took)
        + "、うち比較 "
        + Formats.seconds(changes.took());
  }
}
