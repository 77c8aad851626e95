package tejun.report;

import java.nio.file.Path;

/** The one line a report run prints about the comparison with the accepted run. */
final class BaselineSummary {
  private BaselineSummary() {}

  static String line(BaselineChanges changes, Path dir) {
    if (!changes.compared()) {
      return "基準との比較なし (no baseline in "
          + dir
          + ": `mvn -q compile exec:java@accept-baseline` accepts this run)";
    }
    int screens = 0;
    int procedures = 0;
    int isNew = 0;
    int steps = 0;
    for (BaselineChanges.ProcedureChanges p : changes.all()) {
      screens += p.screens().size();
      procedures += p.screens().isEmpty() ? 0 : 1;
      isNew += p.isNew() ? 1 : 0;
      steps += p.newSteps().size() + p.goneSteps().size();
    }
    return "基準との比較 (compared with "
        + dir
        + "): 変更あり "
        + screens
        + " 画面 ("
        + procedures
        + " 手順), 新しい手順 "
        + isNew
        + ", なくなった手順 "
        + changes.gone().size()
        + ", 加わった・なくなったステップ "
        + steps
        + ", 比較 "
        + Formats.seconds(changes.took());
  }
}
