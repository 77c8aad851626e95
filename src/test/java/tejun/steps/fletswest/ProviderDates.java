package tejun.steps.fletswest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tejun.context.ScenarioContext;

/**
 * 設定日 as a feature writes it: a date, or 「本日」 for a change made in the scenario, which the site
 * dates by the scenario network's clock, in Japan's time.
 */
public final class ProviderDates {
  private static final String TODAY = "本日";
  private static final String DATE = "設定日";
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd");
  private final ScenarioContext context;

  public ProviderDates(ScenarioContext context) {
    this.context = context;
  }

  /**
   * The expected rows, 「本日」 read as today on the scenario network's clock ({@code shown} is no
   * longer needed: the clock stands still, so no change crosses midnight).
   */
  List<Map<String, String>> expected(
      List<Map<String, String>> rows, List<Map<String, String>> shown) {
    String today = context.network().clock().today().format(FORMAT);
    List<Map<String, String>> expected = new ArrayList<>();
    for (Map<String, String> original : rows) {
      Map<String, String> row = new LinkedHashMap<>(original);
      if (TODAY.equals(row.get(DATE))) {
        row.put(DATE, today);
      }
      expected.add(row);
    }
    return expected;
  }
}
