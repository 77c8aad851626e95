package tejun.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;
import tejun.browser.Acting;
import tejun.browser.ScenarioBrowser;
import tejun.browser.Screenshot;

/**
 * What the step in progress acts on, seen through Selenium's event listener on the browser every
 * step uses: the screen as it was before the step's first press, typing or choice, and the box of
 * each element it acted on while that screen was in front. Nothing on the page changes, and nothing
 * is drawn here: the report frames the boxes on the image.
 */
public final class StepActions implements WebDriverListener {
  /** The screen before the step's first action, and the boxes to frame on it (CSS pixels). */
  public record BeforeScreen(Screenshot shot, List<Rectangle> boxes) {}

  private final ScenarioBrowser browser;
  private final Watchers watchers;
  private Screenshot before;
  private String beforeUrl;
  private final List<Rectangle> boxes = new ArrayList<>();

  /** Looks through {@code browser}'s own driver, so that looking does not count as acting. */
  StepActions(ScenarioBrowser browser, Watchers watchers) {
    this.browser = browser;
    this.watchers = watchers;
  }

  @Override
  public void beforeClick(WebElement element) {
    actingOn(element);
  }

  @Override
  public void beforeSendKeys(WebElement element, CharSequence... keysToSend) {
    actingOn(element);
  }

  @Override
  public void beforeClear(WebElement element) {
    actingOn(element);
  }

  @Override
  public void beforeSubmit(WebElement element) {
    actingOn(element);
  }

  /** One round trip: the screen with the element's box the first time, the box alone after. */
  private void actingOn(WebElement element) {
    Acting acting;
    if (before == null) {
      acting = watchers.actingOn(browser, element);
      before = acting.shot();
      beforeUrl = acting.url();
    } else {
      acting = Acting.of(browser.driver(), element);
    }
    if (acting.box() != null && acting.url().equals(beforeUrl) && !boxes.contains(acting.box())) {
      boxes.add(acting.box());
    }
  }

  /** The screen before the step's first action and what it acted on; then forgets the step. */
  public Optional<BeforeScreen> beforeScreen() {
    try {
      return before == null || boxes.isEmpty()
          ? Optional.empty()
          : Optional.of(new BeforeScreen(before, List.copyOf(boxes)));
    } finally {
      before = null;
      beforeUrl = null;
      boxes.clear();
    }
  }
}
