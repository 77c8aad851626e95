package tejun.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tejun.ScenarioRecords;

/**
 * What changed since the accepted run ({@link Baseline}): for each procedure of this run, the steps
 * whose screen after them differs (with the baseline's screen and a diff image), and the steps that
 * are new or gone; the procedures that are new, and those the features no longer hold. Procedures
 * and steps are matched by their words, never by position. A screen whose bytes are the baseline's
 * is the same without being decoded.
 */
public final class BaselineChanges {
  /**
   * A changed screen ({@code which}: the screen before the step acted, or after it): the
   * baseline's, the diff, and a short note for the page and the PDF.
   */
  record ScreenChange(String which, String baselineHref, String diffHref, String note, int areas) {}

  static final String BEFORE = "操作する前の画面";
  static final String AFTER = "この手順の後の画面";

  /** One procedure of this run against the baseline. */
  record ProcedureChanges(
      boolean isNew,
      Map<StepRun, List<ScreenChange>> screens,
      List<String> newSteps,
      List<String> goneSteps) {
    int changedScreens() {
      return screens.values().stream().mapToInt(List::size).sum();
    }

    boolean any() {
      return isNew || !screens.isEmpty() || !newSteps.isEmpty() || !goneSteps.isEmpty();
    }
  }

  private static final ProcedureChanges NOT_COMPARED =
      new ProcedureChanges(false, Map.of(), List.of(), List.of());

  private final Optional<Baseline> baseline;
  private final Map<ScenarioRun, ProcedureChanges> procedures = new IdentityHashMap<>();
  private final List<ProcedureKey> gone = new ArrayList<>();
  private int notRun;
  private Totals totals = new Totals(0, 0, 0, 0);
  private Duration took = Duration.ZERO;

  /**
   * Over the run's last attempts: screens changed, procedures with a changed screen, procedures
   * new, and steps new or gone.
   */
  record Totals(int screens, int procedures, int newProcedures, int steps) {}

  private BaselineChanges(Optional<Baseline> baseline) {
    this.baseline = baseline;
  }

  static BaselineChanges compare(RunModel model, Optional<Baseline> baseline, FileStore files)
      throws ReportInputException {
    BaselineChanges changes = new BaselineChanges(baseline);
    if (baseline.isEmpty()) {
      return changes;
    }
    long start = System.nanoTime();
    Set<ProcedureKey> run = new LinkedHashSet<>();
    for (ScenarioRun s : model.scenarios) {
      ProcedureKey key = ProcedureKey.of(s);
      run.add(key);
      Optional<Baseline.Procedure> before = baseline.get().procedure(key);
      changes.procedures.put(
          s,
          before.isEmpty()
              ? new ProcedureChanges(true, Map.of(), List.of(), List.of())
              : compare(s, before.get(), baseline.get(), files));
    }
    Set<ProcedureKey> inFeatures = model.allProcedures();
    for (Baseline.Procedure p : baseline.get().procedures()) {
      if (!inFeatures.contains(p.key())) {
        changes.gone.add(p.key());
      } else if (!run.contains(p.key())) {
        changes.notRun++;
      }
    }
    changes.totals = changes.totalsOf(model.finalAttempts());
    changes.took = Duration.ofNanos(System.nanoTime() - start);
    return changes;
  }

  private Totals totalsOf(List<ScenarioRun> runs) {
    int screens = 0;
    int changed = 0;
    int isNew = 0;
    int steps = 0;
    for (ScenarioRun run : runs) {
      ProcedureChanges p = of(run);
      screens += p.changedScreens();
      changed += p.screens().isEmpty() ? 0 : 1;
      isNew += p.isNew() ? 1 : 0;
      steps += p.newSteps().size() + p.goneSteps().size();
    }
    return new Totals(screens, changed, isNew, steps);
  }

  private static ProcedureChanges compare(
      ScenarioRun run, Baseline.Procedure before, Baseline baseline, FileStore files)
      throws ReportInputException {
    Map<String, Baseline.Step> beforeSteps = new LinkedHashMap<>();
    before.steps().forEach(s -> beforeSteps.put(s.step(), s));
    Map<StepRun, List<ScreenChange>> screens = new IdentityHashMap<>();
    List<String> newSteps = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (StepScreens.StepScreen now : StepScreens.of(run)) {
      seen.add(now.key());
      Baseline.Step then = beforeSteps.get(now.key());
      if (then == null) {
        newSteps.add(now.key());
      } else {
        List<ScreenChange> changed = new ArrayList<>();
        compare(BEFORE, then.before(), then.beforeMasks(), now.before(), baseline, files)
            .ifPresent(changed::add);
        compare(AFTER, then.image(), then.masks(), now.after(), baseline, files)
            .ifPresent(changed::add);
        if (!changed.isEmpty()) {
          screens.put(now.step(), changed);
        }
      }
    }
    List<String> goneSteps = beforeSteps.keySet().stream().filter(k -> !seen.contains(k)).toList();
    return new ProcedureChanges(false, screens, newSteps, goneSteps);
  }

  /** A screen both runs have, unless its bytes are the baseline's or it differs by nothing seen. */
  private static Optional<ScreenChange> compare(
      String which,
      String thenSha256,
      List<List<Integer>> thenMasks,
      StepScreens.Screen now,
      Baseline baseline,
      FileStore files)
      throws ReportInputException {
    if (thenSha256 == null || now == null || thenSha256.equals(ScenarioRecords.sha256(now.png()))) {
      return Optional.empty();
    }
    byte[] thenPng = baseline.image(thenSha256);
    Optional<ScreenDiff.Difference> diff =
        ScreenDiff.between(
            thenPng, thenMasks == null ? List.of() : thenMasks, now.png(), now.masks());
    return diff.map(
        d ->
            new ScreenChange(
                which,
                files.store(thenPng, "png"),
                files.store(d.png(), "png"),
                which + "が、" + note(d),
                d.areas()));
  }

  private static String note(ScreenDiff.Difference d) {
    String areas = d.areas() > 0 ? "変わった箇所 " + d.areas() + " か所" : "";
    if (!d.heightChanged()) {
      return "前回の基準から変わりました（" + areas + "）";
    }
    return "前回の基準から変わりました（画面の長さ "
        + d.baselineHeight()
        + " → "
        + d.newHeight()
        + " px"
        + (areas.isEmpty() ? "" : "、" + areas)
        + "）";
  }

  /** Whether there was a baseline to compare with. */
  boolean compared() {
    return baseline.isPresent();
  }

  Totals totals() {
    return totals;
  }

  ProcedureChanges of(ScenarioRun run) {
    return procedures.getOrDefault(run, NOT_COMPARED);
  }

  /** Procedures of the baseline that the features no longer hold. */
  List<ProcedureKey> gone() {
    return gone;
  }

  /** Procedures of the baseline that the features hold but this run did not start (a tag). */
  int notRun() {
    return notRun;
  }

  Duration took() {
    return took;
  }

  /** A changed screen, as a test or a tool names it. */
  public record Changed(String procedure, String step, String which, int areas) {}

  /** The procedures' steps that are new or gone. */
  public record StepsChanged(String procedure, List<String> added, List<String> removed) {}

  public List<Changed> changedScreens() {
    List<Changed> changed = new ArrayList<>();
    procedures.forEach(
        (run, p) ->
            p.screens()
                .forEach(
                    (step, list) ->
                        list.forEach(
                            c ->
                                changed.add(
                                    new Changed(
                                        ProcedureKey.of(run).describe(),
                                        step.label,
                                        c.which(),
                                        c.areas())))));
    return changed;
  }

  public List<StepsChanged> changedSteps() {
    List<StepsChanged> changed = new ArrayList<>();
    procedures.forEach(
        (run, p) -> {
          if (!p.newSteps().isEmpty() || !p.goneSteps().isEmpty()) {
            changed.add(
                new StepsChanged(ProcedureKey.of(run).describe(), p.newSteps(), p.goneSteps()));
          }
        });
    return changed;
  }

  public List<String> newProcedures() {
    List<String> added = new ArrayList<>();
    procedures.forEach(
        (run, p) -> {
          if (p.isNew()) {
            added.add(ProcedureKey.of(run).describe());
          }
        });
    return added;
  }

  public List<String> goneProcedures() {
    return gone.stream().map(ProcedureKey::describe).toList();
  }

  public int notRunProcedures() {
    return notRun;
  }
}
