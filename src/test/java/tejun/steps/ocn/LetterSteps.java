package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import tejun.context.ScenarioContext;
import tejun.pages.Screen;
import tejun.steps.shared.SampleCustomers;

/**
 * The paper letter from NTTコミュニケーションズ that starts the article: data of the OCN customer it was sent
 * to, as stubs/sites/ocn.json declares it ({@code letter}): it is on no screen.
 */
public class LetterSteps {
  private final ScenarioContext context;
  private final SampleCustomers customers;
  private String addressee;

  public LetterSteps(ScenarioContext context, SampleCustomers customers) {
    this.context = context;
    this.customers = customers;
  }

  /** Who sent the letter, as its front gives it (written without 「」). */
  @ParameterType(name = "ocn:差出人", value = "[^「」]+")
  public String sender(String sender) {
    return sender;
  }

  /** The letter's title, as printed on it. */
  @ParameterType(name = "ocn:ハガキの表題", value = "[^「」]+")
  public String letterTitle(String title) {
    return title;
  }

  @前提("OCNメールアドレス「{メールアドレス}」の契約者の自宅に、{ocn:差出人}から「{ocn:ハガキの表題}」というハガキが届いている")
  public void letterArrived(String ocnMail, String sender, String title) {
    assertEquals(
        title, letter(ocnMail, "title"), "stubs/sites/ocn.json の " + ocnMail + " の letter.title");
    assertEquals(
        sender, letter(ocnMail, "from"), "stubs/sites/ocn.json の " + ocnMail + " の letter.from");
    addressee = ocnMail;
  }

  @もし("ハガキに記載されているURL「{URL}」にアクセスする")
  public void openTheLettersUrl(String url) {
    if (addressee == null) {
      throw new AssertionError("ハガキがありません: 先に「…というハガキが届いている」を書いてください。");
    }
    assertEquals(url, letter(addressee, "url"), "ハガキに記載されているURL");
    Screen.navigate(context.tab(), url);
  }

  private String letter(String ocnMail, String field) {
    return customers.declared("ocn", ocnMail, "letter", field);
  }
}
