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
  /** A changed screen: the baseline's, the diff, and a short note for the page and the PDF. */
  record ScreenChange(String baselineHref, String diffHref, String note, int areas) {}

  /** One procedure of this run against the baseline. */
  record ProcedureChanges(
      boolean isNew,
      Map<StepRun, ScreenChange> screens,
      List<String> newSteps,
      List<String> goneSteps) {
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
  private Duration took = Duration.ZERO;

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
    changes.took = Duration.ofNanos(System.nanoTime() - start);
    return changes;
  }

  private static ProcedureChanges compare(
      ScenarioRun run, Baseline.Procedure before, Baseline baseline, FileStore files)
      throws ReportInputException {
    Map<String, Baseline.Step> beforeSteps = new LinkedHashMap<>();
    before.steps().forEach(s -> beforeSteps.put(s.step(), s));
    Map<StepRun, ScreenChange> screens = new IdentityHashMap<>();
    List<String> newSteps = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (StepScreens.StepScreen now : StepScreens.of(run)) {
      seen.add(now.key());
      Baseline.Step then = beforeSteps.get(now.key());
      if (then == null) {
        newSteps.add(now.key());
      } else if (then.image() != null
          && now.png() != null
          && !then.image().equals(ScenarioRecords.sha256(now.png()))) {
        byte[] thenPng = baseline.image(then.image());
        Optional<ScreenDiff.Difference> diff =
            ScreenDiff.between(
                thenPng, then.masks() == null ? List.of() : then.masks(), now.png(), now.masks());
        if (diff.isPresent()) {
          screens.put(
              now.step(),
              new ScreenChange(
                  files.store(thenPng, "png"),
                  files.store(diff.get().png(), "png"),
                  note(diff.get()),
                  diff.get().areas()));
        }
      }
    }
    List<String> goneSteps = beforeSteps.keySet().stream().filter(k -> !seen.contains(k)).toList();
    return new ProcedureChanges(false, screens, newSteps, goneSteps);
  }

  private static String note(ScreenDiff.Difference d) {
    String areas = d.areas() > 0 ? "変わった箇所 " + d.areas() + " か所" : "";
    if (!d.heightChanged()) {
      return "前回の基準から画面が変わりました（" + areas + "）";
    }
    return "前回の基準から画面が変わりました（画面の長さ "
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

  /** Each procedure of this run against the baseline. */
  java.util.Collection<ProcedureChanges> all() {
    return procedures.values();
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
  public record Changed(String procedure, String step, int areas) {}

  /** The procedures' steps that are new or gone. */
  public record StepsChanged(String procedure, List<String> added, List<String> removed) {}

  public List<Changed> changedScreens() {
    List<Changed> changed = new ArrayList<>();
    procedures.forEach(
        (run, p) ->
            p.screens()
                .forEach(
                    (step, c) ->
                        changed.add(
                            new Changed(ProcedureKey.of(run).describe(), step.label, c.areas()))));
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
