package tejun.steps.membersclub;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.membersclub.ConnectionSettingsWindowsPage;

/** flets.com: the official instructions the manuals point to. */
public class FletsComSteps {
  private final ScenarioContext context;

  public FletsComSteps(ScenarioContext context) {
    this.context = context;
  }

  /** Read in a tab of its own, closed afterwards, as the author looked it up. */
  @ならば("「{URL}」に記載されているPPPoE接続用のユーザー名とパスワード「ユーザー名:{ユーザー名}」「パスワード:{パスワード}」を確かめる")
  public void readPppoeAccount(String url, String user, String password) {
    context.tabs().openNew();
    Screen.navigate(context.tab(), url);
    ConnectionSettingsWindowsPage page = new ConnectionSettingsWindowsPage(context.tab());
    assertEquals("PPPoE接続用のユーザー名とパスワード", page.pppoeCaption());
    assertEquals("ユーザー名:" + user, page.pppoeUserLine());
    assertEquals("パスワード:" + password, page.pppoePasswordLine());
    context.tabs().closeCurrent();
  }
}
