package tejun.steps.fanclub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import tejun.context.ScenarioContext;
import tejun.pages.fanclub.FaqPage;
import tejun.pages.fanclub.LoginPage;
import tejun.pages.fanclub.MyPage;
import tejun.pages.fanclub.PaymentPage;
import tejun.steps.shared.SampleCustomers;

/**
 * The fan club's members: the payment screen that must never be paid, the member's page after the
 * first login, the login page's message, and each sample member's circumstances as the site's data
 * file declares them (whether billed, when joined, withdrawn): preconditions no screen shows before
 * the procedure, so they are read from the declared data, never from the simulated site's state.
 */
public class FanClubSteps {
  private static final String HOST = "fc.plusmember.example";

  /** 「2025年10月30日(木)以前よりご入会済みでご登録が有効な方は、月会費のお支払いは不要です」. */
  private static final LocalDate NO_FEE_IF_JOINED_BY = LocalDate.of(2025, 10, 30);

  /** 「毎月330円(税込)のご請求」. */
  private static final String MONTHLY_FEE = "330円(税込)";

  private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private static final String SITE = "fanclub";

  private final ScenarioContext context;
  private final SampleCustomers customers;

  public FanClubSteps(ScenarioContext context, SampleCustomers customers) {
    this.context = context;
    this.customers = customers;
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

  /**
   * On the payment screen, the customer does not pay: the FAQ's <ご注意> (opened in a new tab) says
   * so, in exactly these words, and the site never received a payment.
   */
  @ならば("決済画面では支払わず、よくあるご質問の<ご注意>「{文言}」に従う")
  public void neverPay(String caution) {
    assertEquals(MONTHLY_FEE, new PaymentPage(context.tab()).fee());
    context.tabs().openNew();
    String text = FaqPage.open(context.tab()).caution();
    assertTrue(text.contains(caution), "<ご注意>に「" + caution + "」がない:\n" + text);
    assertTrue(
        text.contains("決済画面が出る=既に退会済、もしくは初回ログイン手続きに誤りがあります。"), "<ご注意>に決済画面が出る理由がない:\n" + text);
    assertFalse(paymentSubmitted(), "決済が送信された");
  }

  @前提("会員番号「{fanclub:会員番号}」の会員は2025年10月30日\\(木)以前に入会している")
  public void joinedBeforeRenewal(String number) {
    String joined = member(number, "joined");
    assertFalse(
        LocalDate.parse(joined, JAPANESE_DATE).isAfter(NO_FEE_IF_JOINED_BY), "入会日: " + joined);
  }

  @前提("会員番号「{fanclub:会員番号}」の会員は退会済みである")
  public void withdrawn(String number) {
    assertEquals("withdrawn", member(number, "status"));
  }

  @ならば("マイページに、会員番号「{fanclub:会員番号}」、入会日「{fanclub:入会日}」、会員ステータス「有効」、初回ログイン「完了」と表示される")
  public void myPage(String number, String joined) {
    MyPage page = new MyPage(context.tab());
    assertEquals(number, page.memberNumber());
    assertEquals(joined, page.joined());
    assertEquals("有効", page.status());
    assertEquals("完了", page.firstLogin());
    assertFalse(paymentSubmitted(), "決済が送信された");
  }

  @ならば("ログイン画面に「{メッセージ}」というメッセージが表示されている")
  public void firstLoginMessage(String message) {
    LoginPage login = new LoginPage(context.tab());
    assertTrue(login.showsFirstLoginMessage(), "初回ログインのメッセージがない");
    assertEquals(message, login.firstLoginMessage());
  }

  @ならば("ログイン画面の初回ログインのメッセージは消えている")
  public void firstLoginMessageGone() {
    assertFalse(new LoginPage(context.tab()).showsFirstLoginMessage(), "初回ログインのメッセージが残っている");
  }

  @前提("会員番号「{fanclub:会員番号}」の会員には、毎月330円\\(税込)のご請求が発生している")
  public void billed(String number) {
    assertEquals(MONTHLY_FEE, member(number, "monthlyBill"));
  }

  @前提("会員番号「{fanclub:会員番号}」の会員には、毎月330円\\(税込)のご請求は発生していない")
  public void notBilled(String number) {
    assertEquals(
        "", customers.declared(SITE, number, "monthlyBill"), "会員番号「" + number + "」にご請求がある");
  }

  private String member(String number, String field) {
    String value = customers.declared(SITE, number, field);
    assertFalse(
        value.isEmpty(), "会員番号「" + number + "」の " + field + " が stubs/sites/fanclub.json にない");
    return value;
  }

  private boolean paymentSubmitted() {
    return context.network().requests().stream()
        .anyMatch(
            r ->
                r.getMethod().getName().equals("POST")
                    && HOST.equals(r.getHost())
                    && r.getUrl().startsWith(PaymentPage.PATH));
  }
}
