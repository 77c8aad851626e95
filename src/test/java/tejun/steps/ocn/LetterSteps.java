package tejun.steps.ocn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import tejun.context.ScenarioContext;
import tejun.network.SiteState;
import tejun.pages.Screen;

/**
 * The paper letter from NTTコミュニケーションズ that starts the article: data of the OCN customer it was sent
 * to (stubs/sites/ocn.json, {@code letter}), since it is on no screen.
 */
public class LetterSteps {
  private final ScenarioContext context;
  private String addressee;

  public LetterSteps(ScenarioContext context) {
    this.context = context;
  }

  @前提("OCNメールアドレス「{text}」の契約者の自宅に、{label}から「{text}」というハガキが届いている")
  public void letterArrived(String ocnMail, String sender, String title) {
    assertEquals(
        title, letter(ocnMail, "title"), "stubs/sites/ocn.json の " + ocnMail + " の letter.title");
    assertEquals(
        sender, letter(ocnMail, "from"), "stubs/sites/ocn.json の " + ocnMail + " の letter.from");
    addressee = ocnMail;
  }

  @もし("ハガキに記載されているURL「{url}」にアクセスする")
  public void openTheLettersUrl(String url) {
    if (addressee == null) {
      throw new AssertionError("ハガキがありません: 先に「…というハガキが届いている」を書いてください。");
    }
    assertEquals(url, letter(addressee, "url"), "ハガキに記載されているURL");
    Screen.navigate(context.tab(), url);
  }

  private String letter(String ocnMail, String field) {
    SiteState state = context.network().siteState();
    return state.get("ocn:" + ocnMail + ":letter:" + field);
  }
}
