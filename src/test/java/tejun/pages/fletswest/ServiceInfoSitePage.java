package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「フレッツ 光ネクスト サービス情報サイト」 (http://www.flets-west.jp/wso/), with its スタートアップツール. */
public final class ServiceInfoSitePage extends Screen {
  public static final String URL = "http://www.flets-west.jp/wso/";
  private static final By STARTUP_TOOL = By.id("startup-tool");

  public ServiceInfoSitePage(WebDriver driver) {
    super(driver, "フレッツ 光ネクスト サービス情報サイト");
  }

  /** 『サービス申込受付』 in the スタートアップツール. */
  public WsoLoginPage openServiceApplication() {
    find(STARTUP_TOOL);
    click("サービス申込受付");
    return new WsoLoginPage(driver);
  }
}
