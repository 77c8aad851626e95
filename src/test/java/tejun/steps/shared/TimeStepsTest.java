package tejun.steps.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lengths of time as manuals write them. */
class TimeStepsTest {
  @Test
  void aboutAndRoughlyChangeNothing() {
    assertThat(TimeSteps.parse("1時間")).isEqualTo(Duration.ofHours(1));
    assertThat(TimeSteps.parse("約1時間")).isEqualTo(Duration.ofHours(1));
    assertThat(TimeSteps.parse("1週間程")).isEqualTo(Duration.ofDays(7));
    assertThat(TimeSteps.parse("2日ほど")).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void everyUnitAndFullWidthDigits() {
    assertThat(TimeSteps.parse("45秒")).isEqualTo(Duration.ofSeconds(45));
    assertThat(TimeSteps.parse("30分")).isEqualTo(Duration.ofMinutes(30));
    assertThat(TimeSteps.parse("３日")).isEqualTo(Duration.ofDays(3));
    assertThat(TimeSteps.parse("２週間")).isEqualTo(Duration.ofDays(14));
  }
}
