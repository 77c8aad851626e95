package tejun.network;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import tejun.HarnessException;

/**
 * The time on one simulated network: what its sites, mails and phones take as now. It stands still
 * at its start instant until a scenario lets time pass, so every run sees the same times, and every
 * reset of the network puts it back.
 */
public final class SimulatedClock {
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** Where every clock starts unless {@code -Dtejun.clock.start} gives another ISO-8601 instant. */
  public static final Instant DEFAULT_START =
      OffsetDateTime.parse("2026-04-01T10:00:00+09:00").toInstant();

  private final Instant start;
  private Instant now;

  public SimulatedClock(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** A clock at {@code -Dtejun.clock.start} (such as {@code 2026-04-01T10:00:00+09:00}). */
  public static SimulatedClock fromSystemProperties() {
    String start = System.getProperty("tejun.clock.start");
    if (start == null || start.isBlank()) {
      return new SimulatedClock(DEFAULT_START);
    }
    try {
      return new SimulatedClock(OffsetDateTime.parse(start.strip()).toInstant());
    } catch (DateTimeParseException e) {
      throw new HarnessException(
          "-Dtejun.clock.start=" + start + " は日時ではありません: 2026-04-01T10:00:00+09:00 の形で書いてください。");
    }
  }

  public synchronized Instant instant() {
    return now;
  }

  /** Now in Japan's time, where every simulated site is. */
  public ZonedDateTime inJapan() {
    return instant().atZone(JAPAN);
  }

  /** Today's date in Japan. */
  public LocalDate today() {
    return inJapan().toLocalDate();
  }

  /** Lets {@code duration} pass; time never runs backwards. */
  public synchronized Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("時間は戻せません: " + duration);
    }
    now = now.plus(duration);
    return now;
  }

  /** Whether the clock is at or past {@code instant}. */
  public boolean reached(Instant instant) {
    return !instant().isBefore(instant);
  }

  /** Back to the start instant. */
  public synchronized void reset() {
    now = start;
  }

  /**
   * An ISO-8601 duration as stubs write it: {@code PT1H}, {@code PT30M}, {@code P2D}, {@code P1W}.
   *
   * @throws IllegalArgumentException for anything else (months and years have no fixed length)
   */
  public static Duration duration(String iso) {
    String text = iso == null ? "" : iso.strip();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException notTime) {
      try {
        Period period = Period.parse(text);
        if (period.getYears() == 0 && period.getMonths() == 0) {
          return Duration.ofDays(period.getDays());
        }
      } catch (DateTimeParseException notDate) {
        // reported below
      }
      throw new IllegalArgumentException(
          "「" + iso + "」は ISO-8601 の時間の長さではありません (PT1H、PT30M、P2D、P1W のように書いてください)");
    }
  }
}
