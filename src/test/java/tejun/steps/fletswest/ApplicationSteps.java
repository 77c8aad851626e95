package tejun.steps.fletswest;

import static tejun.steps.shared.Checks.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ja.ならば;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tejun.context.ScenarioContext;
import tejun.pages.fletswest.ConfirmationScreen;
import tejun.pages.fletswest.NotifyRegistrationPage;
import tejun.pages.fletswest.ReceiptScreen;
import tejun.pages.fletswest.UsageDetailPage;
import tejun.pages.fletswest.WsoScreen;
import tejun.steps.shared.SampleCustomers;

/**
 * The application's last screens: what the confirmation and the reception page show, and that the
 * settings have not changed.
 */
public class ApplicationSteps {
  private static final String SITE = "fletswest";
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH時mm分ss秒");
  private final ScenarioContext context;
  private final SampleCustomers customers;

  public ApplicationSteps(ScenarioContext context, SampleCustomers customers) {
    this.context = context;
    this.customers = customers;
  }

  private WsoScreen current() {
    String title = context.tab().getTitle();
    return title.endsWith("確認")
        ? ConfirmationScreen.titled(context.tab(), title)
        : ReceiptScreen.titled(context.tab(), title);
  }

  @ならば("変更内容として、次のとおり表示される:")
  public void changesShown(DataTable expected) {
    assertEquals(expected.asMaps(), current().changes());
  }

  @ならば("申込者情報として、次のとおり表示される:")
  public void applicantShown(DataTable table) {
    Map<String, String> expected = new LinkedHashMap<>();
    table.asLists().forEach(row -> expected.put(row.get(0), row.get(1) == null ? "" : row.get(1)));
    assertEquals(expected, current().applicant());
  }

  /**
   * The reception page's お客様ID and 受付日時: the time 「変更」 was pressed, on the scenario network's clock
   * (which stands still until a step lets time pass), in the form 「2026年04月01日 10時00分00秒」.
   */
  @ならば("「お客様ID: {fletswest:フレッツナンバー}」と、受付日時が「年月日 時分秒」の形で表示される")
  public void receptionShown(String number) {
    ReceiptScreen receipt = ReceiptScreen.titled(context.tab(), context.tab().getTitle());
    assertEquals("お客様ID: " + number, receipt.customerId());
    String now = context.network().clock().inJapan().format(RECEIVED);
    assertEquals(now, receipt.receivedAt(), "受付日時");
  }

  @ならば("「画面印刷（保存）」ボタンがある")
  public void printButton() {
    assertEquals(
        "画面印刷（保存）", ReceiptScreen.titled(context.tab(), context.tab().getTitle()).printButton());
  }

  /**
   * In a tab of its own, closed afterwards, the line's ご利用状況詳細 and 「通知」設定登録 list the providers set
   * to 「通知する」 (with their 設定日 and 設定方法) and to 「通知しない」 just as the site's data file declares them:
   * the settings are as they were before the procedure. A change the site accepted shows here once
   * its 工事 is done, an hour after 「変更」: so a feature checks this an hour after whatever must not
   * have changed them, or within the hour after 「変更」, when they must not have changed yet.
   */
  @ならば("回線情報通知の設定はまだ変わっていない")
  public void nothingCommitted() {
    context.tabs().openNew();
    UsageDetailPage detail = UsageDetailPage.open(context.tab());
    String line = detail.targetService();
    List<Map<String, String>> notifying = detail.notifyingProviders();
    List<Map<String, String>> quiet = NotifyRegistrationPage.open(context.tab()).quietProviders();
    context.tabs().closeCurrent();
    List<Map<String, String>> declaredNotifying = new ArrayList<>();
    List<Map<String, String>> declaredQuiet = new ArrayList<>();
    for (JsonNode p : customers.declared(SITE, line).path("providers")) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("サービス名", p.path("service").asText());
      row.put("サービス提供者名", p.path("provider").asText());
      row.put("通知設定", p.path("notify").asText());
      if (p.path("notify").asText().equals("通知する")) {
        row.put("設定日", p.path("date").asText());
        row.put("設定方法", p.path("method").asText());
        declaredNotifying.add(row);
      } else {
        declaredQuiet.add(row);
      }
    }
    assertEquals(declaredNotifying, notifying, line + " の「通知する」のサービス提供者");
    assertEquals(declaredQuiet, quiet, line + " の「通知しない」のサービス提供者");
  }
}
