package tejun.steps.membersclub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import tejun.context.ScenarioContext;
import tejun.pages.membersclub.FunctionPage;
import tejun.pages.membersclub.LineAuthRequiredPage;
import tejun.pages.membersclub.LoginPage;
import tejun.pages.membersclub.MyPage;
import tejun.pages.membersclub.PointCatalogPage;
import tejun.steps.BrowserWindows;

/** フレッツ光メンバーズクラブ: login, the member's page and its procedures, logout. */
public class MembersClubSteps {
  private final ScenarioContext context;

  public MembersClubSteps(ScenarioContext context) {
    this.context = context;
  }

  private WebDriver siteTab() {
    return context.window(BrowserWindows.SITE, WindowType.TAB);
  }

  @前提("フレッツ光メンバーズクラブ「{word}」を開く")
  public void open(String url) {
    LoginPage.open(siteTab(), url);
  }

  @前提("会員ID「{word}」とパスワード「{word}」でログインする")
  public void logIn(String memberId, String password) {
    new LoginPage(siteTab()).logIn(memberId, password);
  }

  @ならば("マイページが表示され、会員ID「{word}」が表示される")
  public void myPageShown(String memberId) {
    assertEquals(memberId, new MyPage(siteTab()).memberId());
  }

  @もし("会員ID「{word}」とパスワード「{word}」でログインしようとする")
  public void tryLogIn(String memberId, String password) {
    new LoginPage(siteTab()).tryLogIn(memberId, password);
  }

  @ならば("ログイン画面に「{}」と表示される")
  public void loginError(String message) {
    assertEquals(message, new LoginPage(siteTab()).error().orElse("(エラーなし)"));
  }

  @かつ("会員IDの欄には「{word}」が残っている")
  public void memberIdKept(String memberId) {
    assertEquals(memberId, new LoginPage(siteTab()).enteredMemberId());
  }

  @もし("マイページの「{}」を開く")
  public void openProcedure(String procedure) {
    MyPage.open(siteTab()).choose(procedure);
  }

  @ならば("「{}」の画面が表示される")
  public void procedureShown(String procedure) {
    assertEquals(procedure, new FunctionPage(siteTab(), procedure).heading());
  }

  @ならば("契約回線認証を行うための画面が出る")
  public void lineAuthRequired() {
    String notice = new LineAuthRequiredPage(siteTab()).notice();
    assertTrue(notice.contains("契約回線認証が必要です"), notice);
  }

  @ならば("商品を選んで「ポイント交換」ボタンを押すと、契約回線認証を行うための画面が出る")
  public void lineAuthRequiredForExchange() {
    new PointCatalogPage(siteTab()).exchange("見本ギフト券 1,000円分");
    lineAuthRequired();
  }

  @もし("ログアウトする")
  public void logOut() {
    MyPage.open(siteTab()).logOut();
  }
}
