package tejun.pages.pc;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 「インターネットへの接続」: the wizard whose steps share one window title. */
public final class ConnectToInternetPage extends PcScreen {
  public ConnectToInternetPage(WebDriver driver) {
    super(driver, "インターネットへの接続");
  }

  /** The wizard once it shows the step headed {@code heading}. */
  public ConnectToInternetPage showing(String heading) {
    waitUntil(d -> heading().equals(heading), "ウィザードの「" + heading + "」");
    return this;
  }

  public void enterPppoeAccount(String user, String password) {
    type(By.id("user"), user);
    type(By.id("password"), password);
  }
}
