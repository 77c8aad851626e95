package tejun.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pages say about the comparison with the accepted run ({@link BaselineChanges}): on a
 * scenario page, which of its screens changed and which steps are new or gone; on the index, how
 * many screens changed, in which procedures and manuals, and which procedures are new or gone.
 */
final class BaselineView {
  private BaselineView() {}

  /** A changed screen, linked to its step. */
  record ChangedStep(String href, String name) {}

  /** For {@code scenario.hbs}; null when there is no baseline. */
  record ForScenario(
      boolean isNew,
      int changedScreens,
      List<ChangedStep> changed,
      List<String> newSteps,
      List<String> goneSteps) {
    public boolean same() {
      return !isNew && changedScreens == 0 && newSteps.isEmpty() && goneSteps.isEmpty();
    }
  }

  static ForScenario forScenario(BaselineChanges changes, ScenarioRun run) {
    if (!changes.compared()) {
      return null;
    }
    BaselineChanges.ProcedureChanges p = changes.of(run);
    List<ChangedStep> changed = new ArrayList<>();
    for (StepRun s : run.steps) {
      if (p.screens().containsKey(s)) {
        changed.add(new ChangedStep("#" + s.anchor(), "手順 " + s.number + "：" + s.label));
      }
    }
    return new ForScenario(p.isNew(), p.changedScreens(), changed, p.newSteps(), p.goneSteps());
  }

  /** A procedure with something changed, for the index. */
  record ProcedureRow(
      String title, String href, int screens, int newSteps, int goneSteps, boolean isNew) {}

  record ManualRows(String title, List<ProcedureRow> procedures) {}

  /** For {@code index.hbs}; null when there is no baseline. */
  record ForIndex(
      int changedScreens,
      int changedProcedures,
      int changedManuals,
      int newProcedures,
      List<ManualRows> manuals,
      List<String> gone,
      int notRun,
      String took) {
    public boolean same() {
      return manuals.isEmpty() && gone.isEmpty();
    }

    public int goneCount() {
      return gone.size();
    }
  }

  static ForIndex forIndex(BaselineChanges changes, RunModel model) {
    if (!changes.compared()) {
      return null;
    }
    Map<String, List<ProcedureRow>> byManual = new LinkedHashMap<>();
    for (ScenarioRun run : model.finalAttempts()) {
      BaselineChanges.ProcedureChanges p = changes.of(run);
      if (!p.any()) {
        continue;
      }
      String title =
          run.title() + (run.exampleSummary().isEmpty() ? "" : "（例: " + run.exampleSummary() + "）");
      byManual
          .computeIfAbsent(run.feature.title(), k -> new ArrayList<>())
          .add(
              new ProcedureRow(
                  title,
                  run.pageName(),
                  p.changedScreens(),
                  p.newSteps().size(),
                  p.goneSteps().size(),
                  p.isNew()));
    }
    List<ManualRows> manuals = new ArrayList<>();
    byManual.forEach((title, rows) -> manuals.add(new ManualRows(title, rows)));
    int changedManuals =
        (int)
            manuals.stream()
                .filter(m -> m.procedures().stream().anyMatch(r -> r.screens() > 0))
                .count();
    BaselineChanges.Totals totals = changes.totals();
    return new ForIndex(
        totals.screens(),
        totals.procedures(),
        changedManuals,
        totals.newProcedures(),
        manuals,
        changes.gone().stream().map(ProcedureKey::describe).toList(),
        changes.notRun(),
        Formats.seconds(changes.took()));
  }
}
