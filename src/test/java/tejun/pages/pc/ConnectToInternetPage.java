package tejun.pages.pc;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「インターネットへの接続」: the wizard whose steps share one window title. */
public final class ConnectToInternetPage extends PcScreen {
  private static final By HEADING = By.tagName("h1");

  public ConnectToInternetPage(WebDriver driver) {
    super(driver, "インターネットへの接続");
  }

  public String heading() {
    return text(HEADING);
  }

  /** Clicks a link or button and waits for the wizard's next step to show {@code nextHeading}. */
  public ConnectToInternetPage click(String label, String nextHeading) {
    click(label);
    ConnectToInternetPage next = new ConnectToInternetPage(driver);
    next.waitUntil(d -> next.heading().equals(nextHeading), "ウィザードの「" + nextHeading + "」");
    return next;
  }

  public void enterPppoeAccount(String user, String password) {
    type(By.id("user"), user);
    type(By.id("password"), password);
  }

  public DialUpPage close() {
    click("閉じる");
    return new DialUpPage(driver);
  }
}
