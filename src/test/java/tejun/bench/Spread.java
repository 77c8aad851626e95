package tejun.bench;

import java.util.Collection;
import java.util.List;

/** The median and 95th percentile of some measurements, or none when there were none. */
record Spread(int count, double median, double p95) {
  static Spread of(Collection<Double> values) {
    if (values.isEmpty()) {
      return new Spread(0, Double.NaN, Double.NaN);
    }
    List<Double> sorted = values.stream().sorted().toList();
    int p95 = (int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1);
    return new Spread(sorted.size(), sorted.get(sorted.size() / 2), sorted.get(p95));
  }

  /** Seconds, to the hundredth. */
  String seconds() {
    return count == 0 ? "none" : String.format("%.2f s, %.2f s", median, p95);
  }

  /** Milliseconds. */
  String millis() {
    return count == 0 ? "none" : String.format("%.0f ms, %.0f ms", median, p95);
  }
}
