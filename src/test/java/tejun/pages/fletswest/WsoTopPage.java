package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「サービス申込受付ページ」 (トップページ): the customer's services and their ご利用状況. */
public final class WsoTopPage extends WsoScreen {
  private static final By LINE_INFO_ROW = By.cssSelector("tr[data-service='回線情報通知機能']");

  public WsoTopPage(WebDriver driver) {
    super(driver, "サービス申込受付ページ");
  }

  public String lineInfoNotificationStatus() {
    return find(LINE_INFO_ROW).findElement(By.className("status")).getText();
  }

  /** 【詳細・変更】 of the 回線情報通知機能 row. */
  public UsageDetailPage openLineInfoNotification() {
    find(LINE_INFO_ROW).findElement(By.linkText("【詳細・変更】")).click();
    return new UsageDetailPage(driver);
  }

  public String newsHeading() {
    return text(By.cssSelector("#news h2"));
  }
}
