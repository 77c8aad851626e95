package tejun.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.devtools.DevTools;
import tejun.network.SimulatedNetwork;

/**
 * Turns the simulated network's failure marker into a real network error inside Chromium, so the
 * browser shows its own error page (「このサイトにアクセスできません」) at once, without waiting. Fetch is enabled
 * on the browser target, so every tab, including ones opened later, is covered.
 */
final class NetworkFailures {
  private NetworkFailures() {}

  static void intercept(DevTools devTools) {
    Cdp.on(devTools, "Fetch.requestPaused", paused -> answer(devTools, paused));
    Cdp.send(
        devTools,
        "Fetch.enable",
        Map.of("patterns", List.of(Map.of("urlPattern", "*", "requestStage", "Response"))));
  }

  private static void answer(DevTools devTools, Map<String, Object> paused) {
    Object requestId = paused.get("requestId");
    Optional<String> failure = failureOf(paused);
    if (failure.isPresent()) {
      Cdp.send(
          devTools,
          "Fetch.failRequest",
          Map.of("requestId", requestId, "errorReason", failure.get()));
    } else {
      Cdp.send(devTools, "Fetch.continueResponse", Map.of("requestId", requestId));
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> failureOf(Map<String, Object> paused) {
    List<Map<String, Object>> headers =
        (List<Map<String, Object>>) paused.getOrDefault("responseHeaders", List.of());
    return headers.stream()
        .filter(h -> SimulatedNetwork.FAILURE_HEADER.equalsIgnoreCase((String) h.get("name")))
        .map(h -> (String) h.get("value"))
        .findFirst();
  }
}
