package tejun.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v153.fetch.Fetch;
import org.openqa.selenium.devtools.v153.fetch.model.HeaderEntry;
import org.openqa.selenium.devtools.v153.fetch.model.RequestPattern;
import org.openqa.selenium.devtools.v153.fetch.model.RequestPaused;
import org.openqa.selenium.devtools.v153.fetch.model.RequestStage;
import org.openqa.selenium.devtools.v153.network.model.ErrorReason;
import tejun.network.SimulatedNetwork;

/**
 * Turns the simulated network's failure marker into a real network error inside Chromium, so the
 * browser shows its own error page (「このサイトにアクセスできません」) at once, without waiting. Fetch is enabled
 * on the browser target, so every tab, including ones opened later, is covered.
 */
final class NetworkFailures {
  private NetworkFailures() {}

  static void intercept(DevTools devTools) {
    devTools.addListener(Fetch.requestPaused(), paused -> answer(devTools, paused));
    devTools.send(
        Fetch.enable(
            Optional.of(
                List.of(
                    new RequestPattern(
                        Optional.of("*"), Optional.empty(), Optional.of(RequestStage.RESPONSE)))),
            Optional.empty()));
  }

  private static void answer(DevTools devTools, RequestPaused paused) {
    Optional<ErrorReason> failure = failureOf(paused);
    if (failure.isPresent()) {
      devTools.send(Fetch.failRequest(paused.getRequestId(), failure.get()));
    } else {
      devTools.send(
          Fetch.continueResponse(
              paused.getRequestId(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
  }

  private static Optional<ErrorReason> failureOf(RequestPaused paused) {
    return paused.getResponseHeaders().orElse(List.of()).stream()
        .filter(h -> h.getName().equalsIgnoreCase(SimulatedNetwork.FAILURE_HEADER))
        .map(HeaderEntry::getValue)
        .map(ErrorReason::fromString)
        .findFirst();
  }
}
