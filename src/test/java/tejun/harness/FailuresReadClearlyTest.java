package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import tejun.RealStubs;

/**
 * The harness's own failures, seen through a real scenario run: each fails the scenario with a
 * message that names what is wrong and the fix.
 */
class FailuresReadClearlyTest {
  private static final int OPEN_MEMBERS_SITE = 4;
  private static final int OPEN_UNKNOWN_HOST = 7;
  private static final int UNDEFINED_STEP = 11;
  private static final int UNDECLARED_CUSTOMER = 14;

  @Test
  void theMembersSiteOpensWithTheRealStubs() {
    EngineExecutionResults results = FeatureRun.scenario(OPEN_MEMBERS_SITE, Path.of("stubs"));
    assertThat(results.testEvents().failed().list()).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void aBrokenStubFileFailsTheScenarioNamingTheFile(@TempDir Path stubs) throws IOException {
    RealStubs.copyTo(stubs);
    Path broken = stubs.resolve("mappings/members-club.flets.com/broken.json");
    Files.writeString(broken, "{ \"name\": \"壊れたスタブ\", \"request\": { \"method\": \"GET\" ");

    String failure = onlyFailure(FeatureRun.scenario(OPEN_MEMBERS_SITE, stubs));

    assertThat(failure)
        .contains("mappings/members-club.flets.com/broken.json")
        .contains("is not valid JSON")
        .contains("fix that file");
  }

  @Test
  void anUnknownHostFailsTheScenarioNamingTheHostAndTheNearMiss() {
    String failure = onlyFailure(FeatureRun.scenario(OPEN_UNKNOWN_HOST, Path.of("stubs")));

    assertThat(failure)
        .contains("模擬ネットワークにこの宛先はありません (no stub answers https://unknown-host.example/pub/)")
        .contains("stubs/mappings/unknown-host.example/")
        .contains("Request was not matched");
  }

  @Test
  void anUndefinedStepFailsTheScenarioWithASnippet() {
    EngineExecutionResults results = FeatureRun.scenario(UNDEFINED_STEP, Path.of("stubs"));
    String failure = onlyFailure(results);
    assertThat(failure).contains("まだ誰も書いていないステップ").contains("is undefined").contains("@前提");
  }

  @Test
  void aLoginWithAnUndeclaredCustomerFailsNamingTheSiteDataFile() {
    String failure = onlyFailure(FeatureRun.scenario(UNDECLARED_CUSTOMER, Path.of("stubs")));
    assertThat(failure)
        .contains("「nobody99」")
        .contains("stubs/sites/membersclub.json")
        .contains("tejun0001");
  }

  private static String onlyFailure(EngineExecutionResults results) {
    List<Event> failed = results.testEvents().failed().list();
    assertThat(failed).hasSize(1);
    return failed
        .get(0)
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(r -> r.getThrowable())
        .map(Throwable::getMessage)
        .orElse("");
  }
}
