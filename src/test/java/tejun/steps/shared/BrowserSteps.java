package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.net.URI;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;
import tejun.pages.Screen;
import tejun.pages.browser.SiteCannotBeReachedPage;

/** The browser itself: its tabs, reloading, closing, and its own error pages. */
public class BrowserSteps {
  private final ScenarioContext context;

  public BrowserSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("「{ブラウザ}」でサイトを閲覧する")
  public void browseAs(String browserOrApp) {
    context.browseAs(browserOrApp);
  }

  @もし("{サイト}の「{URL}」を開く")
  public void open(SampleSite site, String url) {
    String host = URI.create(url).getHost();
    assertTrue(
        site.hosts().contains(host),
        url
            + " は「"
            + site.name()
            + "」のホストではありません ("
            + site.file()
            + " の hosts: "
            + site.hosts()
            + ")");
    Screen.navigate(context.tab(), url);
  }

  @もし("ブラウザの新しいタブを作成して「{URL}」を開く")
  public void openInNewTab(String url) {
    context.tabs().openNew();
    Screen.navigate(context.tab(), url);
  }

  @もし("このタブをリロードする")
  public void reload() {
    Screen.reload(context.tab());
  }

  @もし("タイムアウト表示が出ていたブラウザをリロードする")
  public void reloadTimedOut() {
    assertEquals("ERR_TIMED_OUT", new SiteCannotBeReachedPage(context.tab()).errorCode());
    Screen.reload(context.tab());
  }

  @もし("ブラウザの「戻る」で前の画面に戻る")
  public void back() {
    context.tab().navigate().back();
  }

  @もし("このタブを閉じる")
  public void closeTab() {
    context.tabs().closeCurrent();
  }

  @もし("ブラウザを閉じる")
  public void closeBrowser() {
    context.closeBrowser();
  }

  @ならば("「このサイトにアクセスできません」「{メッセージ}」と表示される")
  public void siteCannotBeReached(String detail) {
    assertEquals(detail, new SiteCannotBeReachedPage(context.tab()).detail());
  }

  @ならば("「このサイトにアクセスできません」「{メッセージ}」というタイムアウト表示が出る")
  public void timedOut(String detail) {
    SiteCannotBeReachedPage page = new SiteCannotBeReachedPage(context.tab());
    assertEquals(detail, page.detail());
    assertEquals("ERR_TIMED_OUT", page.errorCode());
  }
}
