package tejun.steps.membersclub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.browser.SiteCannotBeReachedPage;
import tejun.pages.fletsngn.ContractLineCheckPage;
import tejun.pages.membersclub.LineAuthInProgressPage;
import tejun.pages.membersclub.LineAuthRequiredPage;
import tejun.pages.membersclub.MyPage;
import tejun.pages.membersclub.PleaseWaitPage;
import tejun.pages.membersclub.PointExchangePage;
import tejun.steps.BrowserWindows;
import tejun.steps.pc.DialUpSteps;

/** 契約回線認証: the point-exchange gate, the contract line check over the NGN, the timeout trick. */
public class LineAuthenticationSteps {
  private static final String LINE_AUTH_FORWARD = "/pub/lineAuth/complete";

  private final ScenarioContext context;
  private final DialUpSteps dialUp;

  public LineAuthenticationSteps(ScenarioContext context, DialUpSteps dialUp) {
    this.context = context;
    this.dialUp = dialUp;
  }

  private WebDriver siteTab() {
    return context.window(BrowserWindows.SITE, WindowType.TAB);
  }

  private WebDriver lineCheckTab() {
    return context.window(BrowserWindows.LINE_CHECK, WindowType.TAB);
  }

  @もし("「ポイント交換」の商品一覧で「{}」の「ポイント交換」ボタンを押す")
  public void exchangePoints(String product) {
    MyPage.open(siteTab()).openPointCatalog().exchange(product);
  }

  @もし("契約回線認証の画面で「契約回線認証を行う」をクリックする")
  public void startFromPrompt() {
    new LineAuthRequiredPage(siteTab()).startLineAuthentication();
  }

  @もし("ブラウザの新しいタブを作成して「{word}」を開く")
  public void openInNewTab(String url) {
    Screen.navigate(lineCheckTab(), url);
  }

  @ならば("契約回線確認ページが表示される")
  public void contractLineCheckShown() {
    new ContractLineCheckPage(lineCheckTab());
  }

  @もし("契約回線確認ページで会員ID「{word}」とパスワード「{word}」を入力して「確認する」をクリックする")
  public void confirmContractLine(String memberId, String password) {
    new ContractLineCheckPage(lineCheckTab()).confirm(memberId, password);
  }

  @ならば("「このサイトにアクセスできません」「{}」というタイムアウト表示が出る")
  public void timedOut(String detail) {
    SiteCannotBeReachedPage page = new SiteCannotBeReachedPage(lineCheckTab());
    assertEquals(detail, page.detail());
    assertEquals("ERR_TIMED_OUT", page.errorCode());
  }

  @もし("タイムアウト表示が出ていたブラウザをリロードする")
  public void reloadTimedOutTab() {
    Screen.reload(lineCheckTab());
  }

  @ならば("フォーム再送信の確認に「続行」したとおり、同じフォームが members-club.flets.com に再送信されている")
  public void sameFormSentAgain() {
    List<LoggedRequest> forwards =
        context.network().requests().stream()
            .filter(r -> r.getHost().equals("members-club.flets.com"))
            .filter(r -> r.getUrl().equals(LINE_AUTH_FORWARD))
            .toList();
    assertTrue(forwards.size() >= 2, "転送フォームの送信が " + forwards.size() + " 回しかない");
    LoggedRequest last = forwards.get(forwards.size() - 1);
    LoggedRequest first = forwards.get(0);
    assertEquals("POST", last.getMethod().getName());
    assertEquals(first.getBodyAsString(), last.getBodyAsString());
  }

  @かつ("一瞬、「しばらくお待ちください」と表示される")
  public void pleaseWait() {
    new PleaseWaitPage(lineCheckTab());
  }

  @かつ("その後、「契約回線認証中です」のページが表示される")
  public void authenticating() {
    assertEquals("契約回線認証中です", new LineAuthInProgressPage(lineCheckTab()).message());
  }

  @もし("このタブを閉じる")
  public void closeTab() {
    context.closeWindow(BrowserWindows.LINE_CHECK);
  }

  @かつ("元のポイント交換ページのタブをリロードする")
  public void reloadPointExchangeTab() {
    Screen.reload(siteTab());
  }

  @ならば("ポイント交換フォームが表示される")
  public void pointExchangeForm() {
    assertTrue(new PointExchangePage(siteTab()).showsForm());
  }

  @ならば("契約回線認証はまだ記録されていない")
  public void notYetAuthenticated() {
    assertTrue(
        context.network().siteState().snapshot().keySet().stream()
            .noneMatch(key -> key.endsWith(":lineAuth")),
        "契約回線認証が記録されている: " + context.network().siteState().snapshot());
  }

  /** The whole workaround, through the same screens, for scenarios that start after it. */
  @前提("契約回線認証を済ませている")
  public void alreadyAuthenticated() {
    dialUp.alreadySetUp("ブロードバンド接続", "guest@v4flets-east.jp", "guest");
    dialUp.openWindowsSettings();
    dialUp.openNetworkAndInternet();
    dialUp.openDialUp();
    dialUp.connect("ブロードバンド接続");
    openInNewTab(ContractLineCheckPage.URL);
    confirmContractLine("tejun0001", "Mihon-Pass1");
    timedOut("members-club.flets.com からの応答時間が長すぎます。");
    dialUp.disconnect("ブロードバンド接続");
    reloadTimedOutTab();
    authenticating();
    closeTab();
  }
}
