package tejun.steps.shared;

import io.cucumber.java.ja.もし;
import java.net.URI;
import tejun.context.ScenarioContext;
import tejun.pages.CurrentScreen;

/**
 * Logging in on any site's login screen: an ID and a secret typed into their labelled fields, then
 * 「ログイン」. A login meant to succeed must use a sample customer the site's data file declares.
 */
public class LoginSteps {
  private static final String LOG_IN = "ログイン";
  private final ScenarioContext context;
  private final SampleCustomers customers;

  public LoginSteps(ScenarioContext context, SampleCustomers customers) {
    this.context = context;
    this.customers = customers;
  }

  @もし("{項目}「{入力値}」と{項目}「{入力値}」でログインする")
  public void logIn(String idLabel, String id, String secretLabel, String secret) {
    customers.requireDeclared(URI.create(context.tab().getCurrentUrl()).getHost(), id, secret);
    tryLogIn(idLabel, id, secretLabel, secret);
  }

  @もし("{項目}「{入力値}」と{項目}「{入力値}」でログインしようとする")
  public void tryLogIn(String idLabel, String id, String secretLabel, String secret) {
    CurrentScreen screen = new CurrentScreen(context.tab());
    screen.enter(idLabel, id);
    screen.enter(secretLabel, secret);
    screen.click(LOG_IN);
  }
}
