package tejun.steps.fletswest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ja.ならば;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tejun.context.ScenarioContext;
import tejun.pages.fletswest.ConfirmationScreen;
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

  @ならば("お客様ID「{fletswest:フレッツナンバー}」と、受付日時が「年月日 時分秒」の形で表示される")
  public void receptionShown(String customerId) {
    ReceiptScreen receipt = ReceiptScreen.titled(context.tab(), context.tab().getTitle());
    assertEquals(customerId, receipt.customerId());
    LocalDateTime at = LocalDateTime.parse(receipt.receivedAt(), RECEIVED);
    LocalDateTime now = context.network().clock().inJapan().toLocalDateTime();
    assertTrue(
        !at.isAfter(now.plusSeconds(1)) && at.isAfter(now.minus(Duration.ofMinutes(5))),
        "受付日時「" + receipt.receivedAt() + "」がいまの日時 (" + now + ") ではない");
  }

  @ならば("「画面印刷（保存）」ボタンがある")
  public void printButton() {
    assertTrue(ReceiptScreen.titled(context.tab(), context.tab().getTitle()).offersPrinting());
  }

  /**
   * In a tab of its own, closed afterwards, the line's ご利用状況詳細 lists the providers set to 「通知する」
   * just as the site's data file declares them (with their 設定日 and 設定方法): the settings are as they
   * were before the procedure. A change the site accepted would show here only once its 工事 is done,
   * an hour later; that nothing was accepted is what the screen before this step shows.
   */
  @ならば("回線情報通知の設定はまだ変わっていない")
  public void nothingCommitted() {
    context.tabs().openNew();
    UsageDetailPage detail = UsageDetailPage.open(context.tab());
    String line = detail.customerId();
    List<Map<String, String>> shown = detail.notifyingProviders();
    context.tabs().closeCurrent();
    List<Map<String, String>> declared = new ArrayList<>();
    for (JsonNode p : customers.declared(SITE, line).path("providers")) {
      if (p.path("notify").asText().equals("通知する")) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("サービス名", p.path("service").asText());
        row.put("サービス提供者名", p.path("provider").asText());
        row.put("通知設定", "通知する");
        row.put("設定日", p.path("date").asText());
        row.put("設定方法", p.path("method").asText());
        declared.add(row);
      }
    }
    assertEquals(declared, shown, line + " の「通知する」のサービス提供者");
  }
}
