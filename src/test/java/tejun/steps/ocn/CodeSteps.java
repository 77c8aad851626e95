package tejun.steps.ocn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.ja.ならば;
import tejun.context.ScenarioContext;

/** The article's codes by their length: the 6-digit ワンタイムキー and 認証コード, the 5-digit call. */
public class CodeSteps {
  private final ScenarioContext context;

  public CodeSteps(ScenarioContext context) {
    this.context = context;
  }

  @ならば("控えた{label}は{int}桁の数字である")
  public void notedCodeHasDigits(String label, int digits) {
    String noted = context.recall(label);
    assertTrue(
        noted.matches("[0-9]{" + digits + "}"),
        "控えた" + label + "「" + noted + "」は" + digits + "桁の数字ではない");
  }
}
