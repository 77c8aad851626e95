package tejun.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tejun.RealStubs;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;

/**
 * The floor a step is measured against, on the same machine in the same run: a bare Selenium click
 * on a link of a trivial page served by a simulated network, and the load of the next trivial page,
 * in a context of a kept Chromium as tejun's scenarios have; and a bare whole-page screenshot (the
 * page's size from {@code Page.getLayoutMetrics}, then {@code Page.captureScreenshot} beyond the
 * window, as Puppeteer's and Selenium's full-page shots do).
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

  /** {@code rounds} bare clicks, each loading the next page: their times in milliseconds. */
  static List<Double> clicks(Path work, int rounds) throws IOException {
    Path stubs = work.resolve("floor-stubs");
    RealStubs.copyTo(stubs);
    Files.writeString(stubs.resolve("mappings/tejun.test/floor.json"), STUBS);
    List<Double> times = new ArrayList<>();
    try (SimulatedNetwork network = SimulatedNetwork.start(stubs, 0);
        ScenarioBrowser browser =
            ScenarioBrowser.open(
                BrowserSettings.fromSystemProperties(), network.proxyAddress(), Optional.empty())) {
      WebDriver driver = browser.driver().switchTo().window(browser.firstWindow());
      driver.get("http://tejun.test/floor/a");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(5));
      for (int i = 0; i < rounds + 5; i++) {
        String next = driver.getTitle().equals("a") ? "b" : "a";
        long start = System.nanoTime();
        driver.findElement(By.linkText("次へ")).click();
        wait.until(ExpectedConditions.titleIs(next));
        if (i >= 5) {
          times.add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    return times;
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
