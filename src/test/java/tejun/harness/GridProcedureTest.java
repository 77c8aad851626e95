package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code -Dtejun.grid} for real: a whole scenario of the fixture site, the error page that CDP
 * makes for a host the PC cannot reach included, runs on a Selenium Grid's node, the Grid in its
 * own JVM.
 */
class GridProcedureTest {
  /** The check feature's scenario that opens a tab on an unreachable host, and closes it. */
  private static final int UNREACHABLE_HOST = 18;

  @Test
  void aWholeProcedureRunsOnASeleniumGrid(@TempDir Path stubs, @TempDir Path work)
      throws Exception {
    FixtureSite.stubsIn(stubs);
    try (SeleniumGrid grid = SeleniumGrid.start(work)) {
      EngineExecutionResults results =
          FeatureRun.check(UNREACHABLE_HOST, stubs, Map.of("tejun.grid", grid.url()));

      assertThat(results.testEvents().failed().list()).as(grid.log()).isEmpty();
      assertThat(results.testEvents().skipped().list()).isEmpty();
      assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
      assertThat(grid.log()).contains("Session created by the Distributor");
    }
  }
}
