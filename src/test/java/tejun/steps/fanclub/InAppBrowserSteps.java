package tejun.steps.fanclub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.もし;
import java.nio.file.Path;
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
 * tapped in the phone's mail app opens in the phone's standard browser, not in the app's. The site
 * tells the two apart by the User-Agent each sends (stubs/browsers.json).
 */
public class InAppBrowserSteps {
  private static final Pattern URL = Pattern.compile("https://[^\\s　]+");
  private static final Path STUBS = Path.of(System.getProperty("tejun.stubs", "stubs"));

  private final ScenarioContext context;

  public InAppBrowserSteps(ScenarioContext context) {
    this.context = context;
  }

  /**
   * The standard browser is simulated by a new tab that presents itself as {@code browser}: the
   * site sees that browser's User-Agent. Nothing else changes (the cookies stay), so whether the
   * URL works is for the site to decide by the User-Agent alone.
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
    Screen.navigate(context.tab(), url.group());
  }
}
