package tejun.steps.fletswest;

import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import tejun.context.ScenarioContext;
import tejun.pages.fletswest.ServiceInfoSiteConnectionPage;
import tejun.pages.fletswest.ServiceInfoSitePage;
import tejun.pages.fletswest.WsoTopPage;

/**
 * Chapter 1-4: the connection setting flets-w.com gives, the サービス情報サイト's スタートアップツール and the top
 * page reached after logging in.
 */
public class ServiceInfoSiteSteps {
  private final ScenarioContext context;

  public ServiceInfoSiteSteps(ScenarioContext context) {
    this.context = context;
  }

  /** 「CAF」 and 10 digits: the お客様ID, which is also the line's フレッツナンバー. */
  @ParameterType(name = "fletswest:フレッツナンバー", value = "CAF[0-9]{10}")
  public String fletsNumber(String number) {
    return number;
  }

  /** The top page's ご利用状況 of 回線情報通知機能: 「通知」, or 「---」 when no provider is notified. */
  @ParameterType(name = "fletswest:ご利用状況", value = "通知|---")
  public String usage(String usage) {
    return usage;
  }

  @ならば("専用の接続設定として接続名「{接続名}」、ユーザー名「{ユーザー名}」、パスワード「{パスワード}」が記載されている")
  public void connectionSettingListed(String name, String user, String password) {
    ServiceInfoSiteConnectionPage page = new ServiceInfoSiteConnectionPage(context.tab());
    assertWritten(name, page.connectionName(), "接続名");
    assertWritten(user, page.user(), "ユーザー名");
    assertWritten(password, page.password(), "パスワード");
  }

  @もし("スタートアップツールより『サービス申込受付』ボタンをクリックする")
  public void openServiceApplication() {
    new ServiceInfoSitePage(context.tab()).openServiceApplication();
  }

  /** The お客様ID as the screen gives it: its label, then the line's フレッツナンバー. */
  @ならば("サービス申込受付ページ（トップページ）が表示され、「お客様ID: {fletswest:フレッツナンバー}」と表示される")
  public void topPageShown(String number) {
    assertEquals("お客様ID: " + number, new WsoTopPage(context.tab()).customerId());
  }

  @ならば("回線情報通知機能のご利用状況に「{fletswest:ご利用状況}」と表示されている")
  public void lineInfoNotificationStatus(String status) {
    assertEquals(status, new WsoTopPage(context.tab()).lineInfoNotificationStatus());
  }

  @もし("回線情報通知機能の「詳細・変更」をクリックする")
  public void openLineInfoNotification() {
    new WsoTopPage(context.tab()).openLineInfoNotification();
  }
}
