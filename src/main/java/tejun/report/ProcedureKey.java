package tejun.report;

/**
 * What names a procedure from run to run, whatever order a run took: its manual (the feature's
 * title), its name, and for an outline's example the example's values.
 */
record ProcedureKey(String manual, String procedure, String example) {
  static ProcedureKey of(ScenarioRun run) {
    return new ProcedureKey(run.feature.title(), run.title(), run.exampleSummary());
  }

  /** How the index and the scenario page name it. */
  String describe() {
    return manual + "：" + procedure + (example.isEmpty() ? "" : "（例: " + example + "）");
  }
}
