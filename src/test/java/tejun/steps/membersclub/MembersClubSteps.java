package tejun.steps.membersclub;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import tejun.context.ScenarioContext;
import tejun.pages.membersclub.LineAuthRequiredPage;
import tejun.pages.membersclub.MyPage;
import tejun.pages.membersclub.PointCatalogPage;
import tejun.pages.membersclub.PointsPage;

/** フレッツ光メンバーズクラブ: the member's page, its procedures and the point catalog. */
public class MembersClubSteps {
  /** The first words of the screen that asks for line authentication. */
  static final String LINE_AUTH_REQUIRED = "このお手続きには契約回線認証が必要です。";

  private final ScenarioContext context;

  public MembersClubSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(name = "membersclub:会員ID", value = "[A-Za-z0-9]+")
  public String memberId(String memberId) {
    return memberId;
  }

  /** A product of the point catalog, by its name there. */
  @ParameterType(name = "membersclub:商品", value = "[^「」]+")
  public String product(String name) {
    return name;
  }

  /** A number of points, with the thousands comma the site writes. */
  @ParameterType(name = "membersclub:ポイント数", value = "[0-9][0-9,]*")
  public String points(String points) {
    return points;
  }

  @ならば("マイページが表示され、会員ID「{membersclub:会員ID}」が表示される")
  public void myPageShown(String memberId) {
    MyPage page = new MyPage(context.tab());
    assertEquals("フレッツ光メンバーズクラブ", page.siteName());
    assertEquals("会員ID: " + memberId, page.memberIdLine());
  }

  @ならば("現在のポイント数「{membersclub:ポイント数}」ポイントが表示される")
  public void pointsShown(String points) {
    assertEquals(points, new PointsPage(context.tab()).points());
  }

  @もし("「ポイント交換」の商品一覧で「{membersclub:商品}」の「ポイント交換」ボタンを押す")
  public void exchangePoints(String product) {
    new MyPage(context.tab()).openPointCatalog().exchange(product);
  }

  /**
   * Also marks the document the tab shows, so that a later step can tell whether this very screen
   * is still there (「元のポイント交換ページのタブには、まだ…」).
   */
  @ならば("契約回線認証を行うための画面が出る")
  public void lineAuthRequired() {
    LineAuthRequiredPage page = new LineAuthRequiredPage(context.tab());
    assertEquals(LINE_AUTH_REQUIRED, page.lead());
    page.markDocument();
  }

  @ならば("商品を選んで「ポイント交換」ボタンを押すと、契約回線認証を行うための画面が出る")
  public void lineAuthRequiredForExchange() {
    new PointCatalogPage(context.tab()).exchange("見本ギフト券 1,000円分");
    lineAuthRequired();
  }
}
