package tejun.records;

import java.util.List;

/**
 * What on a step's screen differs from run to run ({@link tejun.ScenarioRecords#MASKS_TYPE}), for a
 * comparison with a baseline to leave out.
 *
 * @param cssWidth the page's width in CSS pixels, to place the boxes on the image
 */
public record MasksRecord(int cssWidth, List<Box> boxes) {}
