package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tejun.HarnessException;

class ListenAddressTest {
  @Test
  void loopbackUnlessToldOtherwise() {
    assertThat(ListenAddress.of(null, null)).isEqualTo(ListenAddress.LOOPBACK);
  }

  @Test
  void browsersAreGivenTheBindAddressOrTheAdvertisedOne() {
    assertThat(ListenAddress.of("10.0.0.5", null).advertised()).isEqualTo("10.0.0.5");
    assertThat(ListenAddress.of("0.0.0.0", "grid-host.example").advertised())
        .isEqualTo("grid-host.example");
  }

  @Test
  void everyAddressNeedsOneToAdvertise() {
    assertThatThrownBy(() -> ListenAddress.of("0.0.0.0", null))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("-Dtejun.advertise=");
  }
}
