package tejun;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import tejun.browser.BrowserSettings;
import tejun.browser.ScenarioBrowser;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedNetworks;

/**
 * Readies, before the first scenario, what every scenario would otherwise pay for on its first use:
 * one simulated network per worker (WireMock started and its first request served) and, with a
 * browser context per scenario, one kept Chromium per worker that has already shown a page. All
 * workers' in parallel, each worker's Chromium starting while its network does, once per JVM; the
 * first scenario then costs what a later one does.
 */
public final class WarmStart {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private WarmStart() {}

  /** Readies as many networks and browsers as scenarios run at once, unless already done. */
  public static void once(Path stubs) {
    if (DONE.getAndSet(true)) {
      return;
    }
    BrowserSettings settings = BrowserSettings.fromSystemProperties();
    int workers = workers();
    // Not the common pool: on 2 cores it has one thread, and would warm one worker after another.
    // Two threads a worker: one starts its network while the other starts its Chromium.
    ExecutorService warming = Executors.newFixedThreadPool(2 * workers);
    try {
      CompletableFuture.allOf(
              IntStream.range(0, workers)
                  .mapToObj(
                      i ->
                          CompletableFuture.runAsync(() -> warm(stubs, settings, warming), warming))
                  .toArray(CompletableFuture[]::new))
          .join();
    } finally {
      warming.shutdown();
    }
  }

  /**
   * Best effort: what fails here (no browser, a broken stub) fails the first scenario that needs
   * it, with the line naming the fix.
   */
  private static void warm(Path stubs, BrowserSettings settings, Executor browserStart) {
    try {
      warmNetworkAndBrowser(stubs, settings, browserStart);
    } catch (RuntimeException e) {
      // Left to the scenarios, as said.
    }
  }

  private static void warmNetworkAndBrowser(
      Path stubs, BrowserSettings settings, Executor browserStart) {
    CompletableFuture<Void> chromium =
        CompletableFuture.runAsync(() -> ScenarioBrowser.keepOneReady(settings), browserStart);
    SimulatedNetwork network = SimulatedNetworks.take(stubs);
    try {
      chromium.join();
      if (settings.isolation() == BrowserSettings.Isolation.CONTEXT) {
        try (ScenarioBrowser browser =
            ScenarioBrowser.open(settings, network.proxyAddress(), Optional.empty())) {
          browser.driver().switchTo().window(browser.firstWindow()).get("http://tejun.test/");
        }
      }
    } finally {
      SimulatedNetworks.release(stubs, network);
    }
  }

  /**
   * As many as the run's workers: Cucumber's parallel runs start the hooks in JUnit's fork-join
   * pool of that many threads, however its size was configured; otherwise one.
   */
  private static int workers() {
    return Thread.currentThread() instanceof ForkJoinWorkerThread worker
        ? worker.getPool().getParallelism()
        : 1;
  }
}
