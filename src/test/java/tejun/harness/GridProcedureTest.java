package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.RealStubs;

/**
 * {@code -Dtejun.grid} for real: a whole procedure, the timeout page that CDP makes included, runs
 * on a Selenium Grid's node, the Grid in its own JVM.
 */
class GridProcedureTest {
  private static final String LINE_AUTH = "features/membersclub/line-auth-by-pppoe.feature";
  private static final int BY_TEMPORARY_PPPOE = 74;

  @Test
  void aWholeProcedureRunsOnASeleniumGrid(@TempDir Path stubs, @TempDir Path work)
      throws Exception {
    RealStubs.copyTo(stubs);
    try (SeleniumGrid grid = SeleniumGrid.start(work)) {
      EngineExecutionResults results =
          FeatureRun.run(
              stubs,
              Optional.empty(),
              Map.of("tejun.grid", grid.url()),
              selectFile(LINE_AUTH, FilePosition.from(BY_TEMPORARY_PPPOE)));

      assertThat(results.testEvents().failed().list()).as(grid.log()).isEmpty();
      assertThat(results.testEvents().skipped().list()).isEmpty();
      assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
      assertThat(grid.log()).contains("Session created by the Distributor");
    }
  }
}
