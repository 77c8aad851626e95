package tejun.records;

/**
 * An image the run attached before, named again by the SHA-256 of its bytes ({@link
 * tejun.ScenarioRecords#SAME_IMAGE_TYPE}).
 */
public record SameImageRecord(String sha256, String mediaType) {}
