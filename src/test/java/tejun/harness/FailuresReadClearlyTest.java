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

/**
 * The harness's own failures, seen through a real scenario run on the fixture sites: each fails the
 * scenario with a message that names what is wrong and the fix.
 */
class FailuresReadClearlyTest {
  private static final int OPEN_FIXTURE_SITE = 4;
  private static final int OPEN_UNKNOWN_HOST = 7;
  private static final int UNDEFINED_STEP = 11;
  private static final int UNDECLARED_CUSTOMER = 14;

  @TempDir Path stubs;

  @Test
  void theFixtureSiteOpensWithTheFixtureStubs() throws IOException {
    EngineExecutionResults results =
        FeatureRun.check(OPEN_FIXTURE_SITE, FixtureSite.stubsIn(stubs));
    assertThat(results.testEvents().failed().list()).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void aBrokenStubFileFailsTheScenarioNamingTheFile() throws IOException {
    FixtureSite.stubsIn(stubs);
    Path broken = stubs.resolve("mappings/fixture.tejun.test/broken.json");
    Files.writeString(broken, "{ \"name\": \"壊れたスタブ\", \"request\": { \"method\": \"GET\" ");

    String failure = onlyFailure(FeatureRun.check(OPEN_FIXTURE_SITE, stubs));

    assertThat(failure)
        .contains("mappings/fixture.tejun.test/broken.json")
        .contains("is not valid JSON")
        .contains("fix that file");
  }

  @Test
  void anUnknownHostFailsTheScenarioNamingTheHostAndTheNearMiss() throws IOException {
    String failure = onlyFailure(FeatureRun.check(OPEN_UNKNOWN_HOST, FixtureSite.stubsIn(stubs)));

    assertThat(failure)
        .contains("模擬ネットワークにこの宛先はありません (no stub answers https://unknown-host.example/pub/)")
        .contains("stubs/mappings/unknown-host.example/")
        .contains("Request was not matched");
  }

  @Test
  void anUndefinedStepFailsTheScenarioWithASnippet() throws IOException {
    EngineExecutionResults results = FeatureRun.check(UNDEFINED_STEP, FixtureSite.stubsIn(stubs));
    String failure = onlyFailure(results);
    assertThat(failure).contains("まだ誰も書いていないステップ").contains("is undefined").contains("@前提");
  }

  @Test
  void aLoginWithAnUndeclaredCustomerFailsNamingTheSiteDataFile() throws IOException {
    String failure = onlyFailure(FeatureRun.check(UNDECLARED_CUSTOMER, FixtureSite.stubsIn(stubs)));
    assertThat(failure).contains("「nobody99」").contains("sites/fixture.json").contains("mihon01");
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
