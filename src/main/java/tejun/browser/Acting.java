package tejun.browser;

import java.nio.ByteBuffer;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page as a step found it before acting, its address, and the box of the element acted on (both
 * null when no element was given, as for a plain screenshot): what the report frames on that
 * screen.
 */
public record Acting(Screenshot shot, String url, Rectangle box) {
  /**
   * box(e): an element's box in CSS pixels of the page, as WebDriver's element rect gives it; a
   * drop-down's option is shown by its drop-down.
   */
  public static final String BOX_FUNCTION =
      """
      function box(e) {
        if (!e) return null;
        if (e.tagName === 'OPTION' && e.closest('select')) e = e.closest('select');
        const r = e.getBoundingClientRect();
        return [r.x + scrollX, r.y + scrollY, r.width, r.height];
      }
      """;

  private static final String WHERE = "return [location.href, box(arguments[0])];\n" + BOX_FUNCTION;

  /** Where {@code element} is, and on which page, in one round trip. */
  public static Acting of(WebDriver driver, WebElement element) {
    List<?> where = (List<?>) ((JavascriptExecutor) driver).executeScript(WHERE, element);
    return new Acting(null, (String) where.get(0), rectangle(where.get(1)));
  }

  public static Rectangle rectangle(Object box) {
    if (!(box instanceof List<?> b) || b.size() != 4) {
      return null;
    }
    return new Rectangle(
        (int) number(b.get(0)),
        (int) number(b.get(1)),
        (int) number(b.get(3)),
        (int) number(b.get(2)));
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  /** A PNG's width, from its header. */
  static int pngWidth(byte[] png) {
    return ByteBuffer.wrap(png, 16, 4).getInt();
  }
}
