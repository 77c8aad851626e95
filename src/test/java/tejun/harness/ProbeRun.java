package tejun.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.OwnedDirectory;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatorMain;
import tejun.report.Pdfs;
import tejun.report.Report;

/**
 * What {@link NothingLeavesTheMachineTest} watches from outside, in a JVM of its own, on the
 * fixture sites: {@code passed} runs 見本ショップ's procedure (https, a login, a form), prints its
 * report's PDFs and shows the simulator's start page; {@code failed} runs a scenario that fails;
 * {@code hold} starts a Chromium and waits to be killed; {@code sweep} only makes a tejun directory
 * (clearing what a killed JVM left).
 */
public final class ProbeRun {
  /** The check feature's scenario that opens a host no stub answers. */
  private static final int UNKNOWN_HOST = 7;

  private ProbeRun() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "passed" -> {
        Path out = Files.createDirectories(Path.of("target", "probe"));
        Path stubs = FixtureSite.stubsIn(Files.createTempDirectory(out, "stubs"));
        Path messages = out.resolve("messages.ndjson");
        EngineExecutionResults run =
            FeatureRun.run(
                FixtureSite.GLUE,
                stubs,
                Optional.of(messages),
                selectDirectory(FixtureSite.FEATURES.resolve("shop").toFile()));
        System.out.println("procedures failed: " + run.testEvents().failed().count());
        Path report = out.resolve("report");
        Pdfs.print(Report.render(messages, report), BrowserSettings.fromSystemProperties());
        try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0);
            Browser simulator = SimulatorMain.openBrowser(network, false)) {
          SimulatorMain.showStartPage(simulator);
          System.out.println("start page: " + simulator.driver().getTitle());
        }
      }
      case "failed" -> {
        Path out = Files.createDirectories(Path.of("target", "probe"));
        Path stubs = FixtureSite.stubsIn(Files.createTempDirectory(out, "stubs"));
        EngineExecutionResults run = FeatureRun.check(UNKNOWN_HOST, stubs);
        System.out.println("procedures failed: " + run.testEvents().failed().count());
      }
      case "hold" -> {
        Browser browser = Browser.open(BrowserSettings.fromSystemProperties(), "127.0.0.1:9");
        System.out.println("holding " + browser.version());
        System.out.flush();
        System.in.read();
      }
      case "sweep" -> OwnedDirectory.create("probe").close();
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }
}
