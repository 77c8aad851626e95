package tejun.steps.fletswest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.context.ScenarioContext;
import tejun.pages.CurrentScreen;
import tejun.pages.fletswest.ConsentPage;
import tejun.pages.fletswest.NotifyRegistrationConfirmPage;
import tejun.pages.fletswest.NotifyRegistrationPage;
import tejun.pages.fletswest.NotifyRegistrationReceivedPage;
import tejun.pages.fletswest.UsageDetailPage;

/**
 * Chapter 2: the providers set to 「通知する」 and 「通知しない」, choosing one, the consent and the screens
 * whose titles quote words in 「」 (which the shared sentences cannot carry).
 */
public class LineInfoNotificationSteps {
  private static final Pattern ORDER_ID = Pattern.compile("(.*): [0-9]{16}");
  private final ScenarioContext context;
  private final ProviderDates dates;

  public LineInfoNotificationSteps(ScenarioContext context, ProviderDates dates) {
    this.context = context;
    this.dates = dates;
  }

  /** A setting a provider can have, as the buttons 「「通知する」に設定」 and 「「通知しない」に設定」 quote it. */
  @ParameterType(name = "fletswest:通知設定", value = "通知する|通知しない")
  public String setting(String setting) {
    return setting;
  }

  /** A サービス提供者 as the lists name it: its code and name (W0099 NTT西日本(試験用)). */
  @ParameterType(name = "fletswest:サービス提供者", value = "[^「」]+")
  public String provider(String provider) {
    return provider;
  }

  /** 件数, as the 「通知」設定登録 gives it (件数: 1件). */
  @ParameterType(name = "fletswest:件数", value = "件数: [0-9]+件")
  public String count(String count) {
    return count;
  }

  /** ページ, as the 「通知」設定登録 gives it: this page and the pages ((ページ: 1/1ページ)). */
  @ParameterType(name = "fletswest:ページ", value = "\\(ページ: [0-9]+/[0-9]+ページ\\)")
  public String pages(String pages) {
    return pages;
  }

  @ならば("「通知する」に設定されているサービス提供者が、次のとおり表示される:")
  public void notifyingProviders(DataTable expected) {
    List<Map<String, String>> shown = new UsageDetailPage(context.tab()).notifyingProviders();
    assertEquals(dates.expected(expected.asMaps(), shown), shown);
  }

  @ならば("「通知しない」に設定されているサービス提供者が、次のとおり表示される:")
  public void quietProviders(DataTable expected) {
    assertEquals(expected.asMaps(), new NotifyRegistrationPage(context.tab()).quietProviders());
  }

  @ならば("件数とページが「{fletswest:件数}」「{fletswest:ページ}」と表示される")
  public void countAndPages(String count, String pages) {
    NotifyRegistrationPage page = new NotifyRegistrationPage(context.tab());
    assertEquals(count, page.count());
    assertEquals(pages, page.pages());
  }

  @もし("「通知しない」に設定するサービス提供者「{fletswest:サービス提供者}」にチェックを入れる")
  public void tickToStopNotifying(String provider) {
    new UsageDetailPage(context.tab()).tick(provider);
  }

  @もし("「通知する」に設定するサービス提供者「{fletswest:サービス提供者}」にチェックを入れる")
  public void chooseToNotify(String provider) {
    new NotifyRegistrationPage(context.tab()).choose(provider);
  }

  /** 「「通知しない」に設定」 and 「「通知する」に設定」: buttons whose labels quote the setting. */
  @もし("「「{fletswest:通知設定}」に設定」をクリックする")
  public void set(String setting) {
    new CurrentScreen(context.tab()).click("「" + setting + "」に設定");
  }

  @ならば("回線情報通知「通知」設定登録の画面が表示される")
  public void notifyRegistrationShown() {
    new NotifyRegistrationPage(context.tab());
  }

  @ならば("「回線情報通知」の利用にあたっての同意書が表示され、次の項目が書かれている:")
  public void consentShown(List<String> sections) {
    assertWritten(sections, new ConsentPage(context.tab()).sections(), "同意書の項目");
  }

  @ならば("「回線情報通知」の利用にあたっての同意書が表示される")
  public void consentShown() {
    new ConsentPage(context.tab());
  }

  /**
   * The お申し込みID, as the screen gives it: its label, and 16 digits (as the manual's screenshot,
   * 「お申し込みID: 0000000000000000」).
   */
  @ならば("回線情報通知「通知」設定登録確認の画面が表示され、お申し込みIDが表示される")
  public void notifyRegistrationConfirmShown() {
    String shown = new NotifyRegistrationConfirmPage(context.tab()).orderId();
    Matcher id = ORDER_ID.matcher(shown);
    assertTrue(id.matches(), "お申し込みID: 16桁の数字ではない: " + shown);
    assertEquals("お申し込みID", id.group(1));
  }

  @ならば("回線情報通知「通知」設定登録受付完了の画面が表示される")
  public void notifyRegistrationReceivedShown() {
    new NotifyRegistrationReceivedPage(context.tab());
  }
}
