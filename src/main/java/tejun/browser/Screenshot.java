package tejun.browser;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A PNG of the whole page in front, as long as its content and no longer (Chromium's {@code
 * Page.captureScreenshot} beyond the window, clipped to where the content ends). The page itself is
 * never touched: the report draws the frames around what a step acted on ({@link Acting}).
 *
 * <p>Rasterising is most of a screenshot's cost, so a page whose state has not changed since the
 * last screenshot of that window (same document, markup, form values, scroll position, loaded
 * images, no animation running) is not shot again: the last image is what it would show.
 *
 * <p>What legitimately differs from run to run (a random code, a time) is named on the page by
 * {@link #MASK} or by a site's mask selectors for its hosts: the shot carries those elements'
 * boxes, so that a comparison with an earlier run leaves them out.
 *
 * @param cssWidth the page's width in CSS pixels, to place element boxes on the image
 * @param state what the page showed when shot, or null where it cannot be told
 * @param masks the boxes of the masked elements, in CSS pixels of the page
 * @param text what the page says (its {@code innerText}), taken in the same script; null for a
 *     window shot without a document
 */
public record Screenshot(
    byte[] png, int cssWidth, String state, List<Rectangle> masks, String text) {
  /** The attribute a page template puts on what differs from run to run. */
  public static final String MASK = "[data-tejun-mask]";

  /**
   * The bottom of the lowest visible element, body margin included; the page's full size; what the
   * page shows; then the page's address, the box of the element in arguments[0], if any (a
   * drop-down's option is shown by its drop-down), the boxes of the masked elements (the mask
   * attribute, or arguments[1]'s selectors for this host), in CSS pixels of the page as WebDriver
   * gives, and what the page says.
   */
  private static final String CONTENT_SIZE =
      """
      const d = document.documentElement, b = document.body;
      if (!b) return null;
      let bottom = b.getBoundingClientRect().bottom;
      for (const e of b.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(e).position !== 'fixed') {
          bottom = Math.max(bottom, r.bottom);
        }
      }
      bottom += window.scrollY + (parseFloat(getComputedStyle(b).marginBottom) || 0);
      const size = [Math.max(d.clientWidth, d.scrollWidth), Math.ceil(bottom), d.scrollHeight];
      const masked = ['[data-tejun-mask]'].concat((arguments[1] || {})[location.hostname] || []);
      const masks = [...document.querySelectorAll(masked.join(','))].map(box)
          .filter(r => r[2] > 0 && r[3] > 0);
      const where = [location.href, box(arguments[0]), masks, b.innerText];
      if (document.getAnimations().length > 0) return size.concat([null], where);
      const shown = [location.href, performance.timeOrigin, scrollX, scrollY, innerWidth,
          innerHeight, document.fonts.status, document.hasFocus()];
      for (const f of document.querySelectorAll('input, select, textarea')) {
        shown.push(f.value, f.checked, f === document.activeElement);
      }
      for (const i of document.images) shown.push(i.complete);
      const text = d.outerHTML + JSON.stringify(shown);
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
      return size.concat([text.length + ':' + (hash >>> 0)], where);
      """
          + Acting.BOX_FUNCTION;

  /** The whole page; the window alone where the browser cannot say how long the page is. */
  public static Screenshot of(WebDriver driver) {
    return of(driver, null);
  }

  /** The whole page, or {@code last} if the page in front still shows what it showed then. */
  public static Screenshot of(WebDriver driver, Screenshot last) {
    return actingOn(driver, last, null, Map.of()).shot();
  }

  /**
   * The page before {@code element} is acted on, and where the element is on it: one script asks
   * both, so that seeing the page does not cost the step a round trip more. {@code masksByHost}:
   * the CSS selectors of what differs from run to run, for each host, beside {@link #MASK}.
   */
  public static Acting actingOn(
      WebDriver driver,
      Screenshot last,
      WebElement element,
      Map<String, List<String>> masksByHost) {
    return shoot(driver, last, element, masksByHost);
  }

  private static Acting shoot(
      WebDriver driver, Screenshot last, WebElement element, Map<String, List<String>> masks) {
    if (driver instanceof HasCdp cdp && driver instanceof JavascriptExecutor js) {
      try {
        if (js.executeScript(CONTENT_SIZE, element, masks) instanceof List<?> size
            && size.size() == 8) {
          String url = (String) size.get(4);
          Rectangle box = Acting.rectangle(size.get(5));
          // The state names its document (its address and time origin), and so its window.
          String state = (String) size.get(3);
          if (last != null && state != null && state.equals(last.state())) {
            return new Acting(last, url, box);
          }
          int width = number(size.get(0));
          int height = Math.min(number(size.get(1)) + 8, number(size.get(2)));
          List<Rectangle> masked = ((List<?>) size.get(6)).stream().map(Acting::rectangle).toList();
          return new Acting(
              new Screenshot(
                  capture(cdp, width, height), width, state, masked, (String) size.get(7)),
              url,
              box);
        }
      } catch (WebDriverException | ClassCastException e) {
        // A page without a document body (Chromium's own pages): the window as it is.
      }
    }
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Screenshot shot = new Screenshot(png, Acting.pngWidth(png), null, List.of(), null);
    if (element == null) {
      return new Acting(shot, null, null);
    }
    Acting where = Acting.of(driver, element);
    return new Acting(shot, where.url(), where.box());
  }

  /**
   * {@code optimizeForSpeed} picks a faster PNG encoder; the pixels are the same (ScreenshotTest
   * checks), the file somewhat larger.
   */
  private static byte[] capture(HasCdp cdp, int width, int height) {
    Map<String, Object> shot =
        cdp.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "optimizeForSpeed",
                true,
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  private static int number(Object o) {
    return ((Number) o).intValue();
  }
}
