package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.tomakehurst.wiremock.extension.responsetemplating.helpers.HandlebarsCurrentDateHelper;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * The template helpers that tell the time on a simulated network: WireMock's own {@code now} (and
 * {@code date} without a date), with the same parameters ({@code format}, {@code offset}, {@code
 * timezone}), read the network's clock instead of the machine's; {@code clock-reached} tells
 * whether the clock is at or past an instant given in epoch milliseconds (as {@code {{now
 * format='epoch'}}} writes it), false for none (a state never set).
 */
final class ClockHelpers {
  private static final HandlebarsCurrentDateHelper DATES = new HandlebarsCurrentDateHelper();

  private ClockHelpers() {}

  static Map<String, Helper<?>> of(SimulatedClock clock) {
    Helper<Object> now = (context, options) -> DATES.apply(Date.from(clock.instant()), options);
    Helper<Object> date =
        (context, options) ->
            DATES.apply(context instanceof Date d ? d : Date.from(clock.instant()), options);
    Helper<Object> reached =
        (context, options) -> {
          String millis = context == null ? "" : context.toString().strip();
          if (millis.isEmpty()) {
            return false;
          }
          if (!millis.matches("-?\\d+")) {
            throw new IllegalArgumentException(
                "clock-reached にはエポックミリ秒 ({{now format='epoch'}} の値) を渡してください: 「" + millis + "」");
          }
          return clock.reached(Instant.ofEpochMilli(Long.parseLong(millis)));
        };
    return Map.of("now", now, "date", date, "clock-reached", reached);
  }
}
