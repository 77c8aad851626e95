package tejun.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in Japan time and durations in seconds (from the {@link java.time} values the messages
 * library's {@link io.cucumber.messages.Convertor} and Cucumber's query give).
 */
final class Formats {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu年M月d日(E) HH:mm:ss", Locale.JAPANESE);

  private Formats() {}

  static String dateTime(Instant t) {
    return DATE_TIME.format(t.atZone(TOKYO)) + "（日本時間）";
  }

  /** ISO form for a {@code <time datetime>} attribute. */
  /** For {@code <time datetime>}, which takes at most milliseconds (a run's clock gives nanos). */
  static String isoDateTime(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
        .atZone(TOKYO)
        .toOffsetDateTime()
        .toString();
  }

  static String seconds(Duration d) {
    double s = Math.max(0, d.toNanos()) / 1e9;
    if (s >= 60) {
      long whole = Math.round(s);
      return String.format(Locale.ROOT, "%d分%02d秒", whole / 60, whole % 60);
    }
    return String.format(Locale.ROOT, "%.2f秒", s);
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " バイト";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
  }
}
