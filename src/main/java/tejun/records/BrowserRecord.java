package tejun.records;

/** The browser a scenario drove ({@link tejun.ScenarioRecords#BROWSER_TYPE}). */
public record BrowserRecord(String name, String version) {
  public String describe() {
    return version == null || version.isEmpty() ? name : name + " " + version;
  }
}
