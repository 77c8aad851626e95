package tejun.steps.fletswest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ja.ならば;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;
import tejun.network.SiteState;
import tejun.pages.fletswest.ConfirmationScreen;
import tejun.pages.fletswest.ReceiptScreen;
import tejun.pages.fletswest.WsoScreen;

/**
 * The application's last screens: what the confirmation and the reception page show, and whether
 * anything has been committed.
 */
public class ApplicationSteps {
  private static final String SITE = "fletswest";
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH時mm分ss秒");
  private final ScenarioContext context;

  public ApplicationSteps(ScenarioContext context) {
    this.context = context;
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

  @ならば("お客様ID「{フレッツナンバー}」と、受付日時が「年月日 時分秒」の形で表示される")
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
   * Every sample line's providers are as its data file declares and no 工事 is booked for any of
   * them: nothing was committed.
   */
  @ならば("回線情報通知の設定はまだ変わっていない")
  public void nothingCommitted() {
    SampleSite site =
        context.network().sites().all().stream()
            .filter(s -> s.id().equals(SITE))
            .findFirst()
            .orElseThrow();
    SiteState state = context.network().siteState();
    site.customers()
        .forEach(
            (line, customer) -> {
              JsonNode providers = customer.get("providers");
              for (int i = 0; i < providers.size(); i++) {
                for (String field : new String[] {"notify", "date", "method"}) {
                  String key = String.join(":", SITE, line, "providers", String.valueOf(i), field);
                  assertEquals(providers.get(i).get(field).asText(), state.get(key), key);
                }
                String booked =
                    String.join(":", SITE, line, "providers", String.valueOf(i), "next");
                assertEquals("", state.get(booked), booked);
              }
            });
  }
}
