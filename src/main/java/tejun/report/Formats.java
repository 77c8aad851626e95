package tejun.report;

import io.cucumber.messages.types.Duration;
import io.cucumber.messages.types.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in Japan time and durations in seconds. */
final class Formats {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu年M月d日(E) HH:mm:ss", Locale.JAPANESE);

  private Formats() {}

  static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  static String dateTime(Timestamp t) {
    return DATE_TIME.format(instant(t).atZone(TOKYO)) + "（日本時間）";
  }

  /** ISO form for a {@code <time datetime>} attribute. */
  static String isoDateTime(Timestamp t) {
    return instant(t).atZone(TOKYO).toOffsetDateTime().toString();
  }

  static long nanos(Duration d) {
    return d == null ? 0 : d.getSeconds() * 1_000_000_000L + d.getNanos();
  }

  static long nanosBetween(Timestamp from, Timestamp to) {
    java.time.Duration d = java.time.Duration.between(instant(from), instant(to));
    return Math.max(0, d.toNanos());
  }

  static String seconds(long nanos) {
    double s = nanos / 1e9;
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
