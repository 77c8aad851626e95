package tejun.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;
import tejun.browser.ScenarioBrowser;
import tejun.browser.Screenshot;

/**
 * What the step in progress acts on, seen through Selenium's event listener on the browser every
 * step uses: the screen as it was before the step's first press, typing or choice, and the box of
 * each element it acted on while that screen was in front. Nothing on the page changes; the frames
 * are drawn on the image.
 */
public final class StepActions implements WebDriverListener {
  private final ScenarioBrowser browser;
  private final Optional<ActionTrace> trace;
  private Screenshot before;
  private String beforeUrl;
  private final List<Rectangle> boxes = new ArrayList<>();

  /** Looks through {@code browser}'s own driver, so that looking does not count as acting. */
  StepActions(ScenarioBrowser browser, Optional<ActionTrace> trace) {
    this.browser = browser;
    this.trace = trace;
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

  private void actingOn(WebElement element) {
    String url = browser.driver().getCurrentUrl();
    if (before == null) {
      before = ActionTrace.screenshot(browser, trace);
      beforeUrl = url;
    }
    if (!url.equals(beforeUrl)) {
      return;
    }
    Rectangle box = shownBox(element);
    if (!boxes.contains(box)) {
      boxes.add(box);
    }
  }

  /** An option of a drop-down is shown by its drop-down. */
  private static Rectangle shownBox(WebElement element) {
    if (element.getTagName().equalsIgnoreCase("option")) {
      return element.findElement(By.xpath("./ancestor::select[1]")).getRect();
    }
    return element.getRect();
  }

  /** The screen before the step's first action, its elements framed; then forgets the step. */
  public Optional<byte[]> framedBeforeScreen() {
    try {
      return before == null || boxes.isEmpty()
          ? Optional.empty()
          : Optional.of(before.framing(boxes));
    } finally {
      before = null;
      beforeUrl = null;
      boxes.clear();
    }
  }
}
