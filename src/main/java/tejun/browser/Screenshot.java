package tejun.browser;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A PNG of the whole page in front, as long as its content and no longer (Chromium's {@code
 * Page.captureScreenshot} beyond the window, clipped to where the content ends), and the same image
 * with elements framed in red, drawn on the image so the page itself is never touched.
 *
 * <p>Rasterising is most of a screenshot's cost, so a page whose state has not changed since the
 * last screenshot of that window (same document, markup, form values, scroll position, loaded
 * images, no animation running) is not shot again: the last image is what it would show.
 *
 * @param cssWidth the page's width in CSS pixels, to place element boxes on the image
 * @param state what the page showed when shot, or null where it cannot be told
 */
public record Screenshot(byte[] png, int cssWidth, String state) {
  /** The bottom of the lowest visible element, body margin included; the page's full size. */
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
      if (document.getAnimations().length > 0) return size.concat([null]);
      const shown = [location.href, performance.timeOrigin, scrollX, scrollY, innerWidth,
          innerHeight, document.fonts.status, document.hasFocus()];
      for (const f of document.querySelectorAll('input, select, textarea')) {
        shown.push(f.value, f.checked, f === document.activeElement);
      }
      for (const i of document.images) shown.push(i.complete);
      const text = d.outerHTML + JSON.stringify(shown);
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
      return size.concat([text.length + ':' + (hash >>> 0)]);
      """;

  private static final Color FRAME = new Color(0xE0, 0x00, 0x1B);
  private static final int PADDING = 4;

  /** The whole page; the window alone where the browser cannot say how long the page is. */
  public static Screenshot of(WebDriver driver) {
    return of(driver, null);
  }

  /** The whole page, or {@code last} if the page in front still shows what it showed then. */
  public static Screenshot of(WebDriver driver, Screenshot last) {
    if (driver instanceof HasCdp cdp && driver instanceof JavascriptExecutor js) {
      try {
        if (js.executeScript(CONTENT_SIZE) instanceof List<?> size && size.size() == 4) {
          String state = size.get(3) == null ? null : driver.getWindowHandle() + "|" + size.get(3);
          if (last != null && state != null && state.equals(last.state())) {
            return last;
          }
          int width = number(size.get(0));
          int height = Math.min(number(size.get(1)) + 8, number(size.get(2)));
          Map<String, Object> shot =
              cdp.executeCdpCommand(
                  "Page.captureScreenshot",
                  Map.of(
                      "format",
                      "png",
                      "captureBeyondViewport",
                      true,
                      "clip",
                      Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
          return new Screenshot(
              Base64.getDecoder().decode((String) shot.get("data")), width, state);
        }
      } catch (WebDriverException | ClassCastException e) {
        // A page without a document body (Chromium's own pages): the window as it is.
      }
    }
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    return new Screenshot(png, read(png).getWidth(), null);
  }

  /** This image with a red frame around each box (CSS pixels of the page, as WebDriver gives). */
  public byte[] framing(List<Rectangle> boxes) {
    BufferedImage image = read(png);
    double scale = (double) image.getWidth() / cssWidth;
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(FRAME);
      g.setStroke(new BasicStroke((float) (3 * scale)));
      for (Rectangle box : boxes) {
        int x = (int) Math.round((box.getX() - PADDING) * scale);
        int y = (int) Math.round((box.getY() - PADDING) * scale);
        int w = (int) Math.round((box.getWidth() + 2 * PADDING) * scale);
        int h = (int) Math.round((box.getHeight() + 2 * PADDING) * scale);
        g.drawRoundRect(x, y, w, h, (int) (6 * scale), (int) (6 * scale));
      }
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage read(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int number(Object o) {
    return ((Number) o).intValue();
  }
}
