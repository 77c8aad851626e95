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
 * @param cssWidth the page's width in CSS pixels, to place element boxes on the image
 */
public record Screenshot(byte[] png, int cssWidth) {
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
      return [Math.max(d.clientWidth, d.scrollWidth), Math.ceil(bottom), d.scrollHeight];
      """;

  private static final Color FRAME = new Color(0xE0, 0x00, 0x1B);
  private static final int PADDING = 4;

  /** The whole page; the window alone where the browser cannot say how long the page is. */
  public static Screenshot of(WebDriver driver) {
    if (driver instanceof HasCdp cdp && driver instanceof JavascriptExecutor js) {
      try {
        if (js.executeScript(CONTENT_SIZE) instanceof List<?> size && size.size() == 3) {
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
          return new Screenshot(Base64.getDecoder().decode((String) shot.get("data")), width);
        }
      } catch (WebDriverException | ClassCastException e) {
        // A page without a document body (Chromium's own pages): the window as it is.
      }
    }
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    return new Screenshot(png, read(png).getWidth());
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
