package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import java.util.Map;
import tejun.context.ScenarioContext;
import tejun.pages.ocn.RegistrationConfirmPage;

/** The dアカウント site: what its 登録内容確認 shows back of the 基本情報 entered. */
public class DAccountSteps {
  private final ScenarioContext context;

  public DAccountSteps(ScenarioContext context) {
    this.context = context;
  }

  @ならば("登録内容確認の画面に、入力した内容が次のとおり表示される:")
  public void confirmationShows(Map<String, String> items) {
    RegistrationConfirmPage page = new RegistrationConfirmPage(context.tab());
    items.forEach((item, value) -> assertEquals(value, page.shown(item), "登録内容確認の「" + item + "」"));
  }
}
