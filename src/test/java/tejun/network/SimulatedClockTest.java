package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tejun.HarnessException;

/** A simulated network's clock: it stands still, moves only when told, and a reset puts it back. */
class SimulatedClockTest {
  private final SimulatedClock clock = new SimulatedClock(SimulatedClock.DEFAULT_START);

  @Test
  void itStartsOnTheFirstOfAprilAtTenInTheMorningInJapan() {
    assertThat(SimulatedClock.DEFAULT_START)
        .isEqualTo(OffsetDateTime.parse("2026-04-01T01:00:00Z").toInstant());
    assertThat(clock.inJapan().toLocalDateTime().toString()).isEqualTo("2026-04-01T10:00");
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void itStandsStillUntilTimeIsLetPassAndAResetPutsItBack() {
    assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START);

    clock.advance(Duration.ofDays(14).plusHours(15));
    assertThat(clock.inJapan().toLocalDateTime().toString()).isEqualTo("2026-04-16T01:00");
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 4, 16));

    clock.reset();
    assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START);
  }

  @Test
  void itHasReachedAnInstantFromThatInstantOn() {
    var inAnHour = SimulatedClock.DEFAULT_START.plus(Duration.ofHours(1));
    assertThat(clock.reached(inAnHour)).isFalse();
    clock.advance(Duration.ofMinutes(59));
    assertThat(clock.reached(inAnHour)).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(clock.reached(inAnHour)).isTrue();
  }

  @Test
  void timeNeverRunsBackwards() {
    assertThatThrownBy(() -> clock.advance(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stubsGiveDurationsInIso8601WeeksAndDaysIncluded() {
    assertThat(SimulatedClock.duration("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThat(SimulatedClock.duration("PT30M")).isEqualTo(Duration.ofMinutes(30));
    assertThat(SimulatedClock.duration("P2D")).isEqualTo(Duration.ofDays(2));
    assertThat(SimulatedClock.duration("P1W")).isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> SimulatedClock.duration("P1M"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT1H");
    assertThatThrownBy(() -> SimulatedClock.duration("1時間"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSystemPropertyMayStartItElsewhere() {
    String before = System.getProperty("tejun.clock.start");
    try {
      System.setProperty("tejun.clock.start", "2026-12-24T18:30:00+09:00");
      assertThat(SimulatedClock.fromSystemProperties().inJapan().toLocalDateTime().toString())
          .isEqualTo("2026-12-24T18:30");
      System.setProperty("tejun.clock.start", "きのう");
      assertThatThrownBy(SimulatedClock::fromSystemProperties)
          .isInstanceOf(HarnessException.class)
          .hasMessageContaining("2026-04-01T10:00:00+09:00");
    } finally {
      if (before == null) {
        System.clearProperty("tejun.clock.start");
      } else {
        System.setProperty("tejun.clock.start", before);
      }
    }
  }
}
