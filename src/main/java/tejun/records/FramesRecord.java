package tejun.records;

import java.util.List;

/**
 * Where a step acted on the screen before it ({@link tejun.ScenarioRecords#FRAMES_TYPE}): the boxes
 * the report frames in red, and what that screen masks for a comparison with a baseline.
 *
 * @param cssWidth the page's width in CSS pixels, to place the boxes on the image
 */
public record FramesRecord(int cssWidth, List<Box> boxes, List<Box> masks) {}
