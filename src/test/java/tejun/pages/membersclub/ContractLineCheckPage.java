package tejun.pages.membersclub;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「契約回線確認」 at www.v4flets-east.jp, reachable only over the フレッツ網/NGN網. */
public final class ContractLineCheckPage extends Screen {
  public static final String URL = "https://www.v4flets-east.jp/wso_point/point_Auth.jsp";

  /** Where the checked line is forwarded: the members' site records the line authentication. */
  public static final String FORWARD_HOST = "members-club.flets.com";

  public static final String FORWARD_PATH = "/pub/lineAuth/complete";

  public ContractLineCheckPage(WebDriver driver) {
    super(driver, "契約回線確認");
  }

  /** What the page asks for, above its form. */
  public String lead() {
    return text(By.id("lead"));
  }

  /** After 「確認する」 the page forwards to members-club.flets.com: what shows depends on the route. */
  public void confirm(String memberId, String password) {
    enter("会員ID", memberId);
    enter("パスワード", password);
    click("確認する");
  }
}
