package tejun.steps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import tejun.context.ScenarioContext;
import tejun.pages.browser.SiteCannotBeReachedPage;

/** What the browser itself does and shows: closing it, and its own error pages. */
public class BrowserSteps {
  private final ScenarioContext context;

  public BrowserSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("ブラウザを閉じる")
  public void closeBrowser() {
    context.closeBrowser();
  }

  @もし("PCを再起動する")
  public void restartPc() {
    context.closeBrowser();
    context.network().pc().restart();
  }

  @ならば("「このサイトにアクセスできません」「{}」と表示される")
  public void siteCannotBeReached(String detail) {
    SiteCannotBeReachedPage page = new SiteCannotBeReachedPage(context.driver());
    assertEquals(detail, page.detail());
  }
}
