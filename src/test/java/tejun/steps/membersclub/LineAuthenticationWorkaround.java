package tejun.steps.membersclub;

import static tejun.steps.shared.Checks.assertEquals;

import org.openqa.selenium.WebDriver;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.browser.SiteCannotBeReachedPage;
import tejun.pages.membersclub.ContractLineCheckPage;
import tejun.pages.membersclub.LineAuthDonePage;
import tejun.pages.membersclub.PleaseWaitPage;
import tejun.pages.pc.ConnectToInternetPage;
import tejun.pages.pc.Desktop;
import tejun.pages.pc.DialUpPage;

/**
 * The article's workaround from the PPPoE connection to the line authentication, through the same
 * screens its steps use, for the scenarios that start after it (「…で契約回線認証を済ませている」).
 */
public final class LineAuthenticationWorkaround {
  /** What the browser says when members-club.flets.com cannot be reached over the PPPoE line. */
  static final String TIMEOUT_DETAIL = "members-club.flets.com からの応答時間が長すぎます。";

  private static final String CONNECTION = "ブロードバンド接続";
  private final ScenarioContext context;

  public LineAuthenticationWorkaround(ScenarioContext context) {
    this.context = context;
  }

  /**
   * The guest PPPoE account the article gives, set up on the PC as its 「ブロードバンド接続」 through Windows'
   * wizard, as the article does: what a later step finds on the PC is what the PC's screens made,
   * not something this precondition put there itself.
   */
  void authenticate(String memberId, String password) {
    WebDriver pc = context.pcWindow();
    ConnectToInternetPage wizard =
        Desktop.open(pc)
            .pressWindowsButton()
            .openSettings()
            .openNetworkAndInternet()
            .openDialUp()
            .setUpNewConnection()
            .choose("インターネットに接続します");
    wizard.click("新しい接続をセットアップします");
    wizard = new ConnectToInternetPage(pc);
    wizard.click("ブロードバンド(PPPoE)");
    wizard = new ConnectToInternetPage(pc);
    wizard.enterPppoeAccount("guest@v4flets-east.jp", "guest");
    wizard.click("接続");
    new ConnectToInternetPage(pc).click("スキップ");
    new ConnectToInternetPage(pc).click("閉じる");
    new DialUpPage(pc).reload().press(CONNECTION, "接続");
    context.tabs().openNew();
    Screen.navigate(context.tab(), ContractLineCheckPage.URL);
    new ContractLineCheckPage(context.tab()).confirm(memberId, password);
    assertTimedOut();
    new DialUpPage(context.pcWindow()).press(CONNECTION, "切断");
    Screen.reload(context.tab());
    new PleaseWaitPage(context.tab());
    new LineAuthDonePage(context.tab());
    context.tabs().closeCurrent();
  }

  /** The browser's timeout page for members-club.flets.com, in the tab in front. */
  void assertTimedOut() {
    SiteCannotBeReachedPage page = new SiteCannotBeReachedPage(context.tab());
    assertEquals(TIMEOUT_DETAIL, page.detail());
    assertEquals("ERR_TIMED_OUT", page.errorCode());
  }
}
