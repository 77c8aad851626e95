package tejun.steps.fanclub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.もし;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chromium.HasCdp;
import tejun.browser.UserAgents;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.mail.MailPage;

/**
 * What typically breaks a procedure begun in an app's own browser (the FAQ's 「動作保証外」): a link
 * tapped in the phone's mail app opens in the phone's standard browser, which has none of the app
 * browser's cookies.
 */
public class InAppBrowserSteps {
  private static final Pattern URL = Pattern.compile("https://[^\\s　]+");
  private static final Path STUBS = Path.of(System.getProperty("tejun.stubs", "stubs"));

  private final ScenarioContext context;

  public InAppBrowserSteps(ScenarioContext context) {
    this.context = context;
  }

  /**
   * The standard browser is simulated by a new tab that presents itself as {@code browser}, after
   * the URL's site's cookies are removed from the browser (the app's browser is not used again), so
   * the site sees another browser without the session begun in the app.
   */
  @もし("メールに書かれたURLをタップすると、スマートフォンの標準のブラウザ「{ブラウザ}」で開く")
  public void openInStandardBrowser(String browser) {
    String body = new MailPage(context.tab()).body();
    Matcher url = URL.matcher(body);
    assertTrue(url.find(), "メールにURLがない:\n" + body);
    context.tabs().openNew();
    context.tab();
    HasCdp cdp = (HasCdp) context.browserIfOpen().orElseThrow().driver();
    cdp.executeCdpCommand(
        "Emulation.setUserAgentOverride", Map.of("userAgent", UserAgents.load(STUBS).of(browser)));
    Map<String, Object> cookies =
        cdp.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(url.group())));
    for (Object cookie : (List<?>) cookies.get("cookies")) {
      Map<?, ?> c = (Map<?, ?>) cookie;
      cdp.executeCdpCommand(
          "Network.deleteCookies",
          Map.of("name", c.get("name"), "domain", c.get("domain"), "path", c.get("path")));
    }
    Screen.navigate(context.tab(), url.group());
  }
}
