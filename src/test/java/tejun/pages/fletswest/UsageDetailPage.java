package tejun.pages.fletswest;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「回線情報通知 ご利用状況詳細」: the providers set to 「通知する」, each with a check box. */
public final class UsageDetailPage extends WsoScreen {
  public static final String TITLE = "回線情報通知 ご利用状況詳細";
  private static final String URL = "http://www.flets-west.jp/wso/kaisen/detail";
  private static final By NOTIFYING = By.id("notifying");
  private static final By TARGET_SERVICE = By.id("target-service");

  public UsageDetailPage(WebDriver driver) {
    super(driver, TITLE);
  }

  /** The screen opened by its address, as 「詳細・変更」 on the top page opens it. */
  public static UsageDetailPage open(WebDriver driver) {
    navigate(driver, URL);
    return new UsageDetailPage(driver);
  }

  /** サービス名, サービス提供者名, 通知設定, 設定日, 設定方法 of each provider set to 「通知する」. */
  public List<Map<String, String>> notifyingProviders() {
    return rows(NOTIFYING).stream().map(row -> withoutChoice(row, "選択")).toList();
  }

  /** 対象サービス: the line's フレッツナンバー. */
  public String targetService() {
    return text(TARGET_SERVICE);
  }

  public void tick(String provider) {
    check(provider);
  }

  static Map<String, String> withoutChoice(Map<String, String> row, String column) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(row);
    copy.remove(column);
    return copy;
  }
}
