package tejun.steps.membersclub;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.net.URI;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.membersclub.AuthSupportPage;
import tejun.pages.membersclub.ContractLineCheckPage;
import tejun.pages.membersclub.LineAuthRequiredPage;
import tejun.pages.membersclub.PleaseWaitPage;
import tejun.pages.membersclub.PointExchangePage;
import tejun.steps.shared.SampleCustomers;

/** 契約回線認証: the point-exchange gate, the contract line check over the NGN, the timeout trick. */
public class LineAuthenticationSteps {
  private final ScenarioContext context;
  private final LineAuthenticationWorkaround workaround;
  private final SampleCustomers customers;

  public LineAuthenticationSteps(
      ScenarioContext context, LineAuthenticationWorkaround workaround, SampleCustomers customers) {
    this.context = context;
    this.workaround = workaround;
    this.customers = customers;
  }

  @ならば("契約回線確認ページが表示される")
  public void contractLineCheckShown() {
    assertEquals(
        "フレッツ光メンバーズクラブの会員IDとパスワードを入力してください。", new ContractLineCheckPage(context.tab()).lead());
  }

  @もし("契約回線確認ページで会員ID「{membersclub:会員ID}」とパスワード「{パスワード}」を入力して「確認する」をクリックする")
  public void confirmContractLine(String memberId, String password) {
    new ContractLineCheckPage(context.tab()).confirm(memberId, password);
  }

  /**
   * Chromium under WebDriver shows no 「フォーム再送信の確認」: its reload sends the form again at once (the
   * feature says so in a 想定). What is checked is what the article's 「続行」 is for.
   */
  @ならば("リロードで、タイムアウトしたのと同じフォームが members-club.flets.com に再送信されている")
  public void sameFormSentAgain() {
    List<LoggedRequest> forwards =
        context.network().requests().stream()
            .filter(r -> r.getHost().equals(ContractLineCheckPage.FORWARD_HOST))
            .filter(r -> r.getUrl().equals(ContractLineCheckPage.FORWARD_PATH))
            .toList();
    assertTrue(forwards.size() >= 2, "転送フォームの送信が " + forwards.size() + " 回しかない");
    LoggedRequest resent = forwards.get(forwards.size() - 1);
    LoggedRequest original = forwards.get(forwards.size() - 2);
    assertEquals("POST", resent.getMethod().getName());
    assertEquals(original.getBodyAsString(), resent.getBodyAsString());
  }

  /**
   * The browser's wait is not modelled: the simulated network answers with the timeout at once, so
   * 「しばらく」 costs the run nothing.
   */
  @ならば("しばらくすると、「このサイトにアクセスできません members-club.flets.com からの応答時間が長すぎます。」" + "というタイムアウト表示が出る")
  public void timedOutAfterAWhile() {
    workaround.assertTimedOut();
  }

  @ならば("一瞬、「しばらくお待ちください」と表示される")
  public void pleaseWait() {
    assertEquals("しばらくお待ちください", new PleaseWaitPage(context.tab()).message());
  }

  /**
   * The very screen the procedure left there: the document marked when it was first shown
   * (「契約回線認証を行うための画面が出る」), not reloaded nor navigated since.
   */
  @ならば("元のポイント交換ページのタブには、まだ契約回線認証を行うための画面が出ている")
  public void originalTabStillPrompts() {
    LineAuthRequiredPage page = new LineAuthRequiredPage(context.tab());
    assertEquals(MembersClubSteps.LINE_AUTH_REQUIRED, page.lead());
    assertEquals(PointExchangePage.PATH, URI.create(context.tab().getCurrentUrl()).getPath());
    assertTrue(page.isMarkedDocument(), "元のタブは、契約回線認証を促す画面が出てから読み込み直されている");
  }

  @もし("ブラウザの「契約回線認証 環境設定サポートページ」のタブで「契約回線認証を行う」をクリックする")
  public void startFromSupportPage() {
    new AuthSupportPage(context.tab()).click("契約回線認証を行う");
  }

  @もし("元のポイント交換ページのタブをリロードする")
  public void reloadPointExchangeTab() {
    assertEquals(PointExchangePage.PATH, URI.create(context.tab().getCurrentUrl()).getPath());
    Screen.reload(context.tab());
  }

  @ならば("「{membersclub:商品}」のポイント交換フォームが表示される")
  public void pointExchangeForm(String product) {
    PointExchangePage page = new PointExchangePage(context.tab());
    assertEquals(product, page.item());
    assertEquals("交換内容を確認する", page.submitLabel());
  }

  @ならば("契約回線認証はまだ記録されていない")
  public void notYetAuthenticated() {
    assertTrue(
        context.network().siteState().snapshot().keySet().stream()
            .noneMatch(key -> key.endsWith(":" + LineAuthRequiredPage.STATE_KEY)),
        "契約回線認証が記録されている: " + context.network().siteState().snapshot());
  }

  /** The whole workaround, through the same screens, for scenarios that start after it. */
  @前提("会員ID「{membersclub:会員ID}」とパスワード「{パスワード}」で契約回線認証を済ませている")
  public void alreadyAuthenticated(String memberId, String password) {
    customers.requireDeclared(URI.create(ContractLineCheckPage.URL).getHost(), memberId, password);
    workaround.authenticate(memberId, password);
  }
}
