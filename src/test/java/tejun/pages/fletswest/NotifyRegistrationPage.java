package tejun.pages.fletswest;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「回線情報通知「通知」設定登録」: the providers set to 「通知しない」, their 件数 and pages. */
public final class NotifyRegistrationPage extends WsoScreen {
  private static final String URL = "http://www.flets-west.jp/wso/kaisen/add";
  private static final By QUIET = By.id("quiet");

  public NotifyRegistrationPage(WebDriver driver) {
    super(driver, "回線情報通知「通知」設定登録");
  }

  /** The screen opened by its address, as 「通知先追加」 opens it. */
  public static NotifyRegistrationPage open(WebDriver driver) {
    navigate(driver, URL);
    return new NotifyRegistrationPage(driver);
  }

  /** 件数, as the screen gives it (件数: 1件). */
  public String count() {
    return text(By.id("count"));
  }

  /** ページ, as the screen gives it ((ページ: 1/1ページ)). */
  public String pages() {
    return text(By.id("pages"));
  }

  /** サービス名, サービス提供者名, 通知設定 of each provider set to 「通知しない」. */
  public List<Map<String, String>> quietProviders() {
    return rows(QUIET).stream().map(row -> UsageDetailPage.withoutChoice(row, "通知先情報一覧")).toList();
  }

  /** Its radio button: one provider at a time. */
  public void choose(String provider) {
    check(provider);
  }
}
