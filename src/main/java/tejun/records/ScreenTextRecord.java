package tejun.records;

/**
 * What a screen says ({@link tejun.ScenarioRecords#SCREEN_TEXT_TYPE}): its {@code innerText}, taken
 * in the same script as its screenshot, attached once per image (by the image's SHA-256) for the
 * report's search.
 */
public record ScreenTextRecord(String sha256, String text) {}
