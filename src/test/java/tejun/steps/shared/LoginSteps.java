package tejun.steps.shared;

import io.cucumber.java.ja.もし;
import java.net.URI;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;
import tejun.pages.CurrentScreen;

/**
 * Logging in on any site's login screen: an ID and a secret typed into their labelled fields, then
 * 「ログイン」. A login meant to succeed must use a sample customer the site's data file declares.
 */
public class LoginSteps {
  private static final String LOG_IN = "ログイン";
  private final ScenarioContext context;

  public LoginSteps(ScenarioContext context) {
    this.context = context;
  }

  @もし("{label}「{text}」と{label}「{text}」でログインする")
  public void logIn(String idLabel, String id, String secretLabel, String secret) {
    mustBeDeclared(id, secret);
    tryLogIn(idLabel, id, secretLabel, secret);
  }

  @もし("{label}「{text}」と{label}「{text}」でログインしようとする")
  public void tryLogIn(String idLabel, String id, String secretLabel, String secret) {
    CurrentScreen screen = new CurrentScreen(context.tab());
    screen.enter(idLabel, id);
    screen.enter(secretLabel, secret);
    screen.click(LOG_IN);
  }

  private void mustBeDeclared(String id, String secret) {
    String host = URI.create(context.tab().getCurrentUrl()).getHost();
    SampleSite site =
        context
            .network()
            .sites()
            .forHost(host)
            .orElseThrow(
                () ->
                    new AssertionError(
                        host
                            + " のサイトデータが stubs/sites/ にありません: サイトのデータファイルに hosts"
                            + " と見本の顧客を宣言してください。"));
    if (!site.field(id, "password").filter(secret::equals).isPresent()) {
      throw new AssertionError(
          "「"
              + id
              + "」とそのパスワードの見本の顧客は "
              + site.file()
              + " にいません: そこに宣言された顧客を使うか、顧客を追加してください (宣言済み: "
              + site.customers().keySet()
              + ")");
    }
  }
}
