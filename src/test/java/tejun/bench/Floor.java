package tejun.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tejun.FixtureStubs;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;

/**
 * The floor a step is measured against, on the same machine in the same run: a bare Selenium click
 * on a link of a trivial page served by a simulated network, and the load of the next trivial page,
 * in a context of a kept Chromium as tejun's scenarios have; the same by the peer, Playwright, on
 * the same Chromium and network; and a bare whole-page screenshot (the page's size from {@code
 * Page.getLayoutMetrics}, then {@code Page.captureScreenshot} beyond the window, as Puppeteer's and
 * Selenium's full-page shots do).
 */
final class Floor {
  private static final String STUBS =
      """
      { "mappings": [
        { "name": "床: 最小のページ (a ↔ b)",
          "request": { "method": "GET", "urlPathPattern": "/floor/(a|b)" },
          "response": { "status": 200,
            "headers": { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
            "body": "<!doctype html><html lang=ja><title>{{request.pathSegments.[1]}}</title><p><a href=/floor/{{#eq request.pathSegments.[1] 'a'}}b{{else}}a{{/eq}}>次へ</a></p></html>",
            "transformers": ["response-template"] } }
      ] }
      """;

  private Floor() {}

  /**
   * Bare clicks, each loading the next page, in milliseconds: Selenium's, and the peer's
   * (Playwright's, when its folder holds {@code node_modules/playwright-core}); or why the peer was
   * not measured.
   */
  record Clicks(List<Double> selenium, List<Double> playwright, String peerMissing) {}

  /**
   * The floor's own network, kept for the benchmark's length, so that clicks are sampled between
   * tejun's procedures and the machine's noise hits both sides alike.
   */
  static final class Sampler implements AutoCloseable {
    private final SimulatedNetwork network;
    private final Path playwright;
    private final BrowserSettings settings = BrowserSettings.fromSystemProperties();
    private final List<Double> selenium = new ArrayList<>();
    private final List<Double> peer = new ArrayList<>();
    private String peerMissing;

    private Sampler(SimulatedNetwork network, Path playwright) {
      this.network = network;
      this.playwright = playwright;
    }

    /** {@code rounds} clicks by each, Selenium first. */
    void sample(int rounds) {
      selenium.addAll(seleniumClicks(settings, network, rounds));
      if (peerMissing == null) {
        try {
          peer.addAll(playwrightClicks(settings, network, playwright, rounds));
        } catch (IOException | RuntimeException e) {
          peerMissing = e.getMessage();
        }
      }
    }

    Clicks clicks() {
      return new Clicks(List.copyOf(selenium), List.copyOf(peer), peerMissing);
    }

    @Override
    public void close() {
      network.close();
    }
  }

  static Sampler sampler(Path work, Path playwright) throws IOException {
    Path stubs = work.resolve("floor-stubs");
    FixtureStubs.copyTo(stubs);
    Files.writeString(stubs.resolve("mappings/tejun.test/floor.json"), STUBS);
    return new Sampler(SimulatedNetwork.start(stubs, 0), playwright);
  }

  private static List<Double> seleniumClicks(
      BrowserSettings settings, SimulatedNetwork network, int rounds) {
    List<Double> times = new ArrayList<>();
    try (ScenarioBrowser browser =
        ScenarioBrowser.open(settings, network.proxyAddress(), Optional.empty())) {
      WebDriver driver = browser.driver().switchTo().window(browser.firstWindow());
      driver.get("http://tejun.test/floor/a");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(5));
      for (int i = 0; i < rounds + 2; i++) {
        String next = driver.getTitle().equals("a") ? "b" : "a";
        long start = System.nanoTime();
        driver.findElement(By.linkText("次へ")).click();
        wait.until(ExpectedConditions.titleIs(next));
        if (i >= 2) {
          times.add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    return times;
  }

  /** The peer's clicks, by {@code src/test/js/playwright-floor.js} in Node. */
  private static List<Double> playwrightClicks(
      BrowserSettings settings, SimulatedNetwork network, Path playwright, int rounds)
      throws IOException {
    if (!Files.isDirectory(playwright.resolve("node_modules/playwright-core"))) {
      throw new IOException(
          "no playwright-core in "
              + playwright
              + " (npm install --prefix "
              + playwright
              + " playwright-core@1.56)");
    }
    ProcessBuilder node =
        new ProcessBuilder(
                "node",
                Path.of("src/test/js/playwright-floor.js").toAbsolutePath().toString(),
                settings.chromium().toString(),
                network.proxyAddress(),
                String.valueOf(rounds))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    node.environment().put("NODE_PATH", playwright.resolve("node_modules").toString());
    Process process = node.start();
    try {
      String out = new String(process.getInputStream().readAllBytes()).strip();
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException("Playwright's floor did not run (see its line above)");
      }
      return List.of(new ObjectMapper().readValue(out, Double[].class));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      process.destroyForcibly();
    }
  }

  /** A bare whole-page screenshot of the page in front: its time in milliseconds. */
  @SuppressWarnings("unchecked")
  static double screenshot(WebDriver driver) {
    HasCdp cdp = (HasCdp) driver;
    long start = System.nanoTime();
    Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    cdp.executeCdpCommand(
        "Page.captureScreenshot",
        Map.of(
            "format",
            "png",
            "captureBeyondViewport",
            true,
            "clip",
            Map.of(
                "x",
                0,
                "y",
                0,
                "width",
                size.get("width"),
                "height",
                size.get("height"),
                "scale",
                1)));
    return (System.nanoTime() - start) / 1e6;
  }
}
