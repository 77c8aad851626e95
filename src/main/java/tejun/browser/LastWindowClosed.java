package tejun.browser;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v153.target.Target;

/**
 * Notices a person closing the browser: Chromium reports every page (tab or window) it opens and
 * closes, and quits once the last is closed. Its process cannot tell: chromedriver leaves it a
 * zombie. Target ids are compared as strings: Selenium's {@code TargetID} has no {@code equals}.
 */
final class LastWindowClosed {
  private LastWindowClosed() {}

  static CompletableFuture<Void> watch(DevTools devTools) {
    Set<String> pages = ConcurrentHashMap.newKeySet();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    devTools.addListener(
        Target.targetCreated(),
        target -> {
          if ("page".equals(target.getType())) {
            pages.add(target.getTargetId().toString());
          }
        });
    devTools.addListener(
        Target.targetDestroyed(),
        target -> {
          if (pages.remove(target.toString()) && pages.isEmpty()) {
            closed.complete(null);
          }
        });
    devTools.send(Target.setDiscoverTargets(true, Optional.empty()));
    return closed;
  }
}
