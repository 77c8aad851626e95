package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import org.junit.jupiter.api.Assertions;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.pages.ocn.PostcardPage;

/**
 * The paper postcard from NTTコミュニケーションズ that starts the article, as the simulated site shows it
 * (「ハガキ」): read from the screen, as the customer reads it at home.
 */
public class LetterSteps {
  private final ScenarioContext context;

  public LetterSteps(ScenarioContext context) {
    this.context = context;
  }

  /** Who sent the postcard, as its front gives it (written without 「」). */
  @ParameterType(name = "ocn:差出人", value = "[^「」]+")
  public String sender(String sender) {
    return sender;
  }

  /** The postcard's title, as printed on it. */
  @ParameterType(name = "ocn:ハガキの表題", value = "[^「」]+")
  public String letterTitle(String title) {
    return title;
  }

  @前提("OCNメールアドレス「{メールアドレス}」の契約者の自宅に、{ocn:差出人}から「{ocn:ハガキの表題}」というハガキが届いている")
  public void letterArrived(String ocnMail, String sender, String title) {
    PostcardPage letter = PostcardPage.sentTo(context.tab(), ocnMail);
    assertEquals(title, letter.letterTitle(), "ハガキの表題");
    assertEquals(sender, letter.sender(), "ハガキの差出人");
  }

  /**
   * Types the URL printed on the postcard in front into the browser. The URL is compared on the
   * postcard, which this step leaves: 「画面に「…」と書かれている」 on the postcard records it.
   */
  @もし("ハガキに記載されているURL「{URL}」にアクセスする")
  public void openTheLettersUrl(String url) {
    Assertions.assertEquals(url, new PostcardPage(context.tab()).printedUrl(), "ハガキに記載されているURL");
    Screen.navigate(context.tab(), url);
  }
}
