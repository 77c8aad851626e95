package tejun.browser;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.devtools.DevTools;

/**
 * Notices a person closing the browser: Chromium reports every page (tab or window) it opens and
 * closes, and quits once the last is closed. Its process cannot tell: chromedriver leaves it a
 * zombie.
 */
final class LastWindowClosed {
  private LastWindowClosed() {}

  @SuppressWarnings("unchecked")
  static CompletableFuture<Void> watch(DevTools devTools) {
    Set<String> pages = ConcurrentHashMap.newKeySet();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    Cdp.on(
        devTools,
        "Target.targetCreated",
        event -> {
          Map<String, Object> target = (Map<String, Object>) event.get("targetInfo");
          if ("page".equals(target.get("type"))) {
            pages.add((String) target.get("targetId"));
          }
        });
    Cdp.on(
        devTools,
        "Target.targetDestroyed",
        event -> {
          if (pages.remove((String) event.get("targetId")) && pages.isEmpty()) {
            closed.complete(null);
          }
        });
    Cdp.send(devTools, "Target.setDiscoverTargets", Map.of("discover", true));
    return closed;
  }
}
