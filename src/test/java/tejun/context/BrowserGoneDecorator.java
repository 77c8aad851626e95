package tejun.context;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import tejun.browser.BrowserGone;
import tejun.browser.ScenarioBrowser;

/**
 * The scenario's driver as its listeners see it, where a WebDriver error from a browser that is no
 * longer running becomes {@link BrowserGone}: one plain line instead of Selenium's trace.
 */
final class BrowserGoneDecorator extends EventFiringDecorator<WebDriver> {
  private final ScenarioBrowser browser;

  BrowserGoneDecorator(ScenarioBrowser browser, WebDriverListener... listeners) {
    super(WebDriver.class, listeners);
    this.browser = browser;
  }

  @Override
  public Object onError(
      Decorated<?> target, Method method, Object[] args, InvocationTargetException e)
      throws Throwable {
    if (e.getTargetException() instanceof WebDriverException && !browser.alive()) {
      throw new BrowserGone(e.getTargetException());
    }
    return super.onError(target, method, args, e);
  }
}
