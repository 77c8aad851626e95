package tejun.steps.fanclub;

import static tejun.steps.shared.Checks.assertEquals;
import static tejun.steps.shared.Written.assertWritten;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.fanclub.FaqAnswerPage;
import tejun.pages.fanclub.FaqPage;

/** What the fan club's FAQ 「サイトリニューアル後の初回ログインについて」 says, and where its links lead. */
public class FaqSteps {
  private final ScenarioContext context;

  public FaqSteps(ScenarioContext context) {
    this.context = context;
  }

  /** A heading of the FAQ's answer, with its mark (■初回ログイン手順について). */
  @ParameterType(name = "fanclub:見出し", value = "[^「」]+")
  public String heading(String heading) {
    return heading;
  }

  @ならば("よくあるご質問の回答に、次の見出しが順に書かれている:")
  public void headings(List<String> headings) {
    assertWritten(headings, faq().headings(), "回答の見出し");
  }

  @ならば("よくあるご質問に、初回ログインの認証不可の主な原因として次が書かれている:")
  public void causes(List<String> causes) {
    assertWritten(causes, faq().causes(), "認証不可の主な原因");
  }

  @ならば("よくあるご質問に、動作保証外の環境として次が書かれている:")
  public void unsupported(List<String> environments) {
    assertWritten(environments, faq().unsupportedEnvironments(), "動作保証外の環境");
  }

  @ならば("よくあるご質問に、宛先「{メールアドレス}」、件名「{件名}」と、本文【必須事項】の次の12項目が書かれている:")
  public void template(String address, String subject, List<String> items) {
    FaqPage faq = faq();
    assertWritten(address, faq.supportAddress(), "宛先");
    assertWritten(subject, faq.supportSubject(), "件名");
    assertEquals(12, items.size(), "必須事項は12項目");
    assertWritten(items, faq.requiredItems(), "本文【必須事項】");
  }

  /**
   * ★1: the carrier's site, the way to its payment reference, and the notes, in the FAQ's order.
   */
  @ならば("よくあるご質問の★1に、「{fanclub:見出し}」の確認手順として次が書かれている:")
  public void paymentInformationGuide(String heading, List<String> lines) {
    assertWritten(lines, faq().paymentInformationGuide(heading), "「" + heading + "」の確認手順");
  }

  @ならば("よくあるご質問に、関連する他の質問として次の{int}件が書かれている:")
  public void related(int count, List<String> questions) {
    List<String> related = faq().relatedQuestions();
    assertEquals(count, questions.size(), "表の質問の数");
    assertEquals(count, related.size(), "関連する他の質問の数");
    assertWritten(questions, related, "関連する他の質問");
  }

  @もし("よくあるご質問の「{fanclub:見出し}」の「《こちら》」をクリックする")
  public void followHere(String heading) {
    FaqPage faq = faq();
    assertEquals("《こちら》", faq.linkUnder(heading), "「" + heading + "」の下のリンクの文言");
    faq.followLinkUnder(heading);
  }

  /** The answer's page, titled by its question (which may itself quote a word in 「」). */
  @ならば("よくあるご質問の回答が表示され、質問は次のとおり:")
  public void answer(List<String> question) {
    assertEquals(1, question.size(), "質問は1つ");
    assertEquals(
        "Q." + question.get(0), new FaqAnswerPage(context.tab(), question.get(0)).question());
  }

  private FaqPage faq() {
    return new FaqPage(context.tab());
  }
}
