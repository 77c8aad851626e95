package tejun.steps.fletscom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.ja.かつ;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.fletscom.ConnectionSettingsWindowsPage;
import tejun.steps.BrowserWindows;

/** flets.com: the official instructions the manuals point to. */
public class FletsComSteps {
  private final ScenarioContext context;

  public FletsComSteps(ScenarioContext context) {
    this.context = context;
  }

  @かつ("「{word}」に記載されているPPPoE接続用のユーザー名「{word}」とパスワード「{word}」を確かめる")
  public void readPppoeAccount(String url, String user, String password) {
    WebDriver tab = context.window(BrowserWindows.OFFICIAL_SITE, WindowType.TAB);
    Screen.navigate(tab, url);
    ConnectionSettingsWindowsPage page = new ConnectionSettingsWindowsPage(tab);
    assertEquals(user, page.pppoeUser());
    assertEquals(password, page.pppoePassword());
  }
}
