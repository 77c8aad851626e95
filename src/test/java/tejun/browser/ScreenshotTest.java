package tejun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Whole-page screenshots as long as the content, and where an acted-on element is on them. */
class ScreenshotTest {
  @TempDir static Path dir;
  static Browser browser;
  static ChromeDriver chromium;

  @BeforeAll
  static void start() {
    browser = Browser.offline(BrowserSettings.fromSystemProperties());
    chromium = (ChromeDriver) browser.driver();
  }

  @AfterAll
  static void quit() {
    browser.close();
  }

  private static String open(String body) throws Exception {
    Path page =
        Files.writeString(
            Files.createTempFile(dir, "page", ".html"),
            "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body>"
                + body
                + "</body></html>");
    chromium.get(page.toUri().toString());
    return chromium.getCurrentUrl();
  }

  private static BufferedImage image(byte[] png) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void aLongPageIsShotWholeAndAShortOneWithoutAnEmptyBand() throws Exception {
    open("<h1>同意書</h1>" + "<p>本文です。</p>".repeat(150) + "<button>同意する</button>");
    BufferedImage longPage = image(Screenshot.of(chromium).png());
    long bottom = chromium.findElement(By.tagName("button")).getRect().getY() + 20;
    assertThat(longPage.getHeight()).isGreaterThan(900).isBetween((int) bottom, (int) bottom + 60);

    open("<h1>短いページ</h1><button>次へ</button>");
    BufferedImage shortPage = image(Screenshot.of(chromium).png());
    assertThat(shortPage.getHeight()).isLessThan(200);
  }

  @Test
  void whatThePageOrItsSiteMarksAsDifferingFromRunToRunIsShotWithItsBox() throws Exception {
    open(
        "<h1>確認コード</h1><p>コード: <span data-tejun-mask>123456</span></p>"
            + "<p class=\"time\">10:00</p><p>本文です。</p>");
    org.openqa.selenium.Rectangle code =
        chromium.findElement(By.cssSelector(Screenshot.MASK)).getRect();
    org.openqa.selenium.Rectangle time = chromium.findElement(By.className("time")).getRect();
    // A file: page's host is empty: the site's selectors are given for that host.
    Screenshot bySite =
        Screenshot.actingOn(chromium, null, null, Map.of("", java.util.List.of(".time"))).shot();
    assertThat(bySite.masks()).hasSize(2);
    assertNear(bySite.masks().get(0), code);
    assertNear(bySite.masks().get(1), time);
    Screenshot byPage = Screenshot.of(chromium);
    assertThat(byPage.masks()).hasSize(1);
    assertNear(byPage.masks().get(0), code);
  }

  private static void assertNear(
      org.openqa.selenium.Rectangle actual, org.openqa.selenium.Rectangle expected) {
    assertThat(actual.getX()).isCloseTo(expected.getX(), org.assertj.core.data.Offset.offset(1));
    assertThat(actual.getY()).isCloseTo(expected.getY(), org.assertj.core.data.Offset.offset(1));
    assertThat(actual.getWidth())
        .isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1));
    assertThat(actual.getHeight())
        .isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1));
  }

  @Test
  void actingOnAnElementGivesItsBoxAsWebDriverDoesAndLeavesThePageUntouched() throws Exception {
    String url = open("<h1>画面</h1>" + "<p>本文です。</p>".repeat(60) + "<button>同意する</button>");
    String before = chromium.getPageSource();
    WebElement button = chromium.findElement(By.tagName("button"));
    Acting acting = Screenshot.actingOn(chromium, null, button, Map.of());
    assertThat(acting.box()).isEqualTo(button.getRect());
    assertThat(acting.url()).isEqualTo(url);
    assertThat(Acting.of(chromium, button).box()).isEqualTo(button.getRect());
    assertThat(image(acting.shot().png()).getHeight())
        .isGreaterThan(button.getRect().getY() + button.getRect().getHeight());
    assertThat(chromium.getPageSource()).isEqualTo(before);

    open("<select><option>一</option><option>二</option></select>");
    WebElement option = chromium.findElement(By.xpath("//option[2]"));
    assertThat(Acting.of(chromium, option).box())
        .as("an option is shown by its drop-down")
        .isEqualTo(chromium.findElement(By.tagName("select")).getRect());
  }

  /** {@code optimizeForSpeed} is used because it changes the encoder, not the pixels. */
  @Test
  void theFastEncoderGivesTheSamePixels() throws Exception {
    open(
        "<h1 style='color:#c00'>申込内容の確認</h1>"
            + "<p>本文です。お客さまの情報を確認してください。</p>".repeat(40)
            + "<img alt='' src='data:image/svg+xml,<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " width=\"200\" height=\"80\"><rect width=\"200\" height=\"80\""
            + " fill=\"%2300a0e9\"/></svg>'><button>同意する</button>");
    BufferedImage fast = image(Screenshot.of(chromium).png());
    Map<String, Object> shot =
        chromium.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    fast.getWidth(),
                    "height",
                    fast.getHeight(),
                    "scale",
                    1)));
    BufferedImage plain = image(Base64.getDecoder().decode((String) shot.get("data")));
    assertThat(plain.getWidth()).isEqualTo(fast.getWidth());
    assertThat(plain.getHeight()).isEqualTo(fast.getHeight());
    int different = 0;
    for (int y = 0; y < fast.getHeight(); y++) {
      for (int x = 0; x < fast.getWidth(); x++) {
        if (fast.getRGB(x, y) != plain.getRGB(x, y)) {
          different++;
        }
      }
    }
    assertThat(different).isZero();
  }

  @Test
  void aPageShowingWhatItShowedIsNotShotAgainAndAnyChangeIsSeen() throws Exception {
    open("<h1>申込</h1><label for=n>お名前</label><input id=n><p id=p>本文</p><img src=x.png>");
    Screenshot first = Screenshot.of(chromium, null);
    assertThat(Screenshot.of(chromium, first)).isSameAs(first);

    chromium.findElement(By.id("n")).sendKeys("見本");
    Screenshot typed = Screenshot.of(chromium, first);
    assertThat(typed).isNotSameAs(first);
    assertThat(Screenshot.of(chromium, typed)).isSameAs(typed);

    chromium.executeScript("document.getElementById('p').textContent = '変わった本文'");
    Screenshot changed = Screenshot.of(chromium, typed);
    assertThat(changed).isNotSameAs(typed);

    chromium.executeScript("window.scrollTo(0, 0); document.body.style.height = '3000px'");
    chromium.executeScript("window.scrollTo(0, 200)");
    assertThat(Screenshot.of(chromium, changed)).isNotSameAs(changed);

    open("<h1>申込</h1><label for=n>お名前</label><input id=n><p id=p>本文</p><img src=x.png>");
    Screenshot reloaded = Screenshot.of(chromium, first);
    assertThat(reloaded).as("the same markup in a new document").isNotSameAs(first);

    String window = chromium.getWindowHandle();
    chromium.switchTo().newWindow(WindowType.TAB);
    open("<h1>申込</h1><label for=n>お名前</label><input id=n><p id=p>本文</p><img src=x.png>");
    assertThat(Screenshot.of(chromium, reloaded))
        .as("the same page in another window")
        .isNotSameAs(reloaded);
    chromium.close();
    chromium.switchTo().window(window);

    chromium.executeScript(
        "document.body.animate([{opacity: 1}, {opacity: 0.5}], {duration: 60000})");
    Screenshot animating = Screenshot.of(chromium, reloaded);
    assertThat(Screenshot.of(chromium, animating))
        .as("never reused while animating")
        .isNotSameAs(animating);
  }
}
