package tejun.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tejun.OwnedDirectory;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatorMain;
import tejun.report.Pdfs;
import tejun.report.Report;

/**
 * What {@link NothingLeavesTheMachineTest} watches from outside, in a JVM of its own: {@code
 * passed} runs a real procedure, prints its report's PDFs and shows the simulator's start page;
 * {@code failed} runs a scenario that fails; {@code hold} starts a Chromium and waits to be killed;
 * {@code sweep} only makes a tejun directory (clearing what a killed JVM left).
 */
public final class ProbeRun {
  private ProbeRun() {}

  public static void main(String[] args) throws Exception {
    Path stubs = Path.of("stubs");
    switch (args[0]) {
      case "passed" -> {
        Path out = Files.createDirectories(Path.of("target", "probe"));
        Path messages = out.resolve("messages.ndjson");
        EngineExecutionResults run =
            FeatureRun.run(
                stubs,
                Optional.of(messages),
                selectFile(
                    "features/membersclub/login-and-functions.feature", FilePosition.from(12)));
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
        EngineExecutionResults run =
            FeatureRun.run(
                stubs,
                selectClasspathResource(
                    "tejun/harness/open-the-members-site.feature", FilePosition.from(7)));
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
