package tejun.steps.fletswest;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 設定日 as a feature writes it: a date, or 「本日」 for a change made in the scenario, which the site
 * dates in Japan's time (a change made a moment before midnight keeps the day it was made).
 */
public final class ProviderDates {
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String TODAY = "本日";
  private static final String DATE = "設定日";
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /**
   * The expected rows, 「本日」 read as the date the site showed when it is today's or a moment ago.
   */
  List<Map<String, String>> expected(
      List<Map<String, String>> rows, List<Map<String, String>> shown) {
    ZonedDateTime now = ZonedDateTime.now(JAPAN);
    List<String> today =
        List.of(now.format(FORMAT), now.minus(Duration.ofMinutes(5)).format(FORMAT));
    List<Map<String, String>> expected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = new LinkedHashMap<>(rows.get(i));
      if (TODAY.equals(row.get(DATE))) {
        String shownDate = i < shown.size() ? shown.get(i).get(DATE) : null;
        row.put(DATE, today.contains(shownDate) ? shownDate : today.get(0));
      }
      expected.add(row);
    }
    return expected;
  }
}
