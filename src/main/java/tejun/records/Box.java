package tejun.records;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A box on a page, in CSS pixels of the page: written as {@code [x, y, width, height]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"x", "y", "width", "height"})
public record Box(int x, int y, int width, int height) {}
