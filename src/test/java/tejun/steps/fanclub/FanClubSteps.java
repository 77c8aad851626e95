package tejun.steps.fanclub;

import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.network.SiteState;
import tejun.pages.CurrentScreen;
import tejun.pages.fanclub.FaqPage;
import tejun.pages.fanclub.LoginPage;
import tejun.pages.fanclub.MyPage;
import tejun.pages.fanclub.PaymentPage;

/**
 * The fan club's members: the payment screen that must never be paid, the member's page (its
 * status, first login and payments), the login page's messages, and each sample member's
 * circumstances (withdrawn, when joined, whether billed). Those are preconditions no screen shows
 * before the procedure: the step puts them into the site's state, and the scenario then asserts
 * what the site does with them.
 */
public class FanClubSteps {
  private static final String SITE = "fanclub";

  /** 「毎月330円(税込)のご請求」. */
  private static final String MONTHLY_FEE = "330円(税込)";

  /** The one line the お支払い履歴 shows when the site recorded no payment. */
  private static final List<List<String>> NO_PAYMENTS = List.of(List.of("お支払いの履歴はありません。"));

  private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private final ScenarioContext context;

  public FanClubSteps(ScenarioContext context) {
    this.context = context;
  }

  /** The member number from before the renewal: 8 digits in this simulation. */
  @ParameterType(name = "fanclub:会員番号", value = "[0-9]{8}")
  public String memberNumber(String number) {
    return number;
  }

  /** A date as the member's page writes it: 2018年4月1日. */
  @ParameterType(name = "fanclub:入会日", value = "[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日")
  public String joinedOn(String date) {
    return date;
  }

  /** マイページ's 会員ステータス. */
  @ParameterType(name = "fanclub:会員ステータス", value = "有効|退会済み")
  public String status(String status) {
    return status;
  }

  /** マイページ's 初回ログイン. */
  @ParameterType(name = "fanclub:初回ログイン", value = "完了|未完了")
  public String firstLogin(String done) {
    return done;
  }

  /**
   * On the payment screen, the customer does not pay: the site asks for the fee, the customer
   * leaves for マイページ, whose お支払い履歴 shows that the site recorded no payment, and the FAQ's <ご注意>
   * (opened in a new tab, left in front) says so, in exactly these words.
   */
  @ならば("決済画面では支払わず、よくあるご質問の<ご注意>「{文言}」に従う")
  public void neverPay(String caution) {
    PaymentPage payment = new PaymentPage(context.tab());
    assertEquals(MONTHLY_FEE, payment.fee(), "月会費");
    assertEquals(NO_PAYMENTS, payment.leaveForMyPage().payments(), "マイページのお支払い履歴");
    context.tabs().openNew();
    String text = FaqPage.open(context.tab()).caution();
    assertWritten(caution, text, "<ご注意>");
    assertWritten("決済画面が出る=既に退会済、もしくは初回ログイン手続きに誤りがあります。", text, "<ご注意>");
  }

  @ならば("マイページのお支払い履歴は次のとおり:")
  public void payments(List<List<String>> payments) {
    assertEquals(payments, new MyPage(context.tab()).payments(), "お支払い履歴");
  }

  @前提("会員番号「{fanclub:会員番号}」の会員は{fanclub:入会日}に入会している")
  public void joined(String number, String date) {
    member(number);
    state().set(key(number, "joined"), LocalDate.parse(date, JAPANESE_DATE).toString());
  }

  @前提("会員番号「{fanclub:会員番号}」の会員は退会済みである")
  public void withdrawn(String number) {
    member(number);
    state().set(key(number, "status"), "withdrawn");
  }

  @前提("会員番号「{fanclub:会員番号}」の会員には、毎月330円\\(税込)のご請求が発生している")
  public void billed(String number) {
    member(number);
    state().set(key(number, "monthlyBill"), MONTHLY_FEE);
  }

  @前提("会員番号「{fanclub:会員番号}」の会員には、毎月330円\\(税込)のご請求は発生していない")
  public void notBilled(String number) {
    member(number);
    state().remove(key(number, "monthlyBill"));
  }

  @ならば(
      "マイページに、会員番号「{fanclub:会員番号}」、入会日「{fanclub:入会日}」、会員ステータス「{fanclub:会員ステータス}」、初回ログイン「{fanclub:初回ログイン}」と表示される")
  public void myPage(String number, String joined, String status, String firstLogin) {
    MyPage page = new MyPage(context.tab());
    assertEquals(number, page.memberNumber(), "会員番号");
    assertEquals(joined, page.joined(), "入会日");
    assertEquals(status, page.status(), "会員ステータス");
    assertEquals(firstLogin, page.firstLogin(), "初回ログイン");
  }

  @ならば("ログイン画面に「{メッセージ}」というメッセージが表示されている")
  public void firstLoginMessage(String message) {
    assertEquals(message, new LoginPage(context.tab()).firstLoginMessage());
  }

  @ならば("ログイン画面の初回ログインのメッセージは消えている")
  public void firstLoginMessageGone() {
    assertEquals("", new LoginPage(context.tab()).firstLoginMessageIfShown(), "初回ログインのメッセージ");
  }

  @ならば("ログイン画面に、動作保証外の環境の案内が次のとおり表示されている:")
  public void browserNotice(List<String> notice) {
    assertEquals(notice, new LoginPage(context.tab()).browserNotice());
  }

  @ならば("ログイン画面に、動作保証外の環境の案内は表示されていない")
  public void noBrowserNotice() {
    assertEquals(List.of(), new LoginPage(context.tab()).browserNotice(), "動作保証外の環境の案内");
  }

  /**
   * The screen in front says these sentences, each a whole line as rendered (a table's row is its
   * cells, one space apart), in this order.
   */
  @ならば("この画面には、次の文が順に書かれている:")
  public void screenLines(List<String> lines) {
    List<String> shown =
        new CurrentScreen(context.windowInFront())
            .saying(lines.get(0))
            .lines()
            .map(line -> line.strip().replaceAll("\\s+", " "))
            .toList();
    assertWritten(lines, shown, "画面");
  }

  private void member(String number) {
    if (state().get(key(number, "name")).isEmpty()) {
      throw new AssertionError("会員番号「" + number + "」は stubs/sites/fanclub.json の見本の会員にいません");
    }
  }

  private SiteState state() {
    return context.network().siteState();
  }

  private static String key(String number, String field) {
    return SITE + ":" + number + ":" + field;
  }
}
