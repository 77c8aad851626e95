package tejun.steps.membersclub;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.前提;
import org.openqa.selenium.support.Color;
import tejun.context.ScenarioContext;
import tejun.pages.membersclub.LineAuthDonePage;

/**
 * The two screens the article shows after 「しばらくお待ちください」. Which one comes is the scenario's choice,
 * so that every run shows both and each scenario knows what it expects.
 */
public class LineAuthOutcomeSteps {
  /** The site state the stub of 「しばらくお待ちください」 reads. */
  private static final String CHOICE_KEY = "membersclub:lineAuthDone";

  private static final String AUTHENTICATING_WORDS = "契約回線認証中です";

  private final ScenarioContext context;

  public LineAuthOutcomeSteps(ScenarioContext context) {
    this.context = context;
  }

  /** The two outcomes in the article's words, and the name the stub knows each by. */
  public enum Outcome {
    ALL_GRAY("ページが全てグレーになる", "gray"),
    AUTHENTICATING("「契約回線認証中です」のページが表示される", "authenticating");

    private final String words;
    private final String stubName;

    Outcome(String words, String stubName) {
      this.words = words;
      this.stubName = stubName;
    }

    static Outcome of(String words) {
      for (Outcome o : values()) {
        if (o.words.equals(words)) {
          return o;
        }
      }
      throw new IllegalArgumentException(words);
    }
  }

  @ParameterType(name = "membersclub:契約回線認証後の画面", value = "ページが全てグレーになる|「契約回線認証中です」のページが表示される")
  public Outcome outcome(String words) {
    return Outcome.of(words);
  }

  @前提("今回の契約回線認証では、リロード後に{membersclub:契約回線認証後の画面}ものとする")
  public void choose(Outcome outcome) {
    context.network().siteState().set(CHOICE_KEY, outcome.stubName);
  }

  @ならば("その後、ページが遷移して{membersclub:契約回線認証後の画面}")
  public void shown(Outcome outcome) {
    LineAuthDonePage page = new LineAuthDonePage(context.tab());
    switch (outcome) {
      case ALL_GRAY -> assertAllGray(page);
      case AUTHENTICATING -> {
        assertEquals(AUTHENTICATING_WORDS, page.title());
        assertTrue(page.words().contains(AUTHENTICATING_WORDS), page.words());
      }
    }
  }

  private static void assertAllGray(LineAuthDonePage page) {
    Color colour = page.windowColour();
    int r = colour.getColor().getRed();
    int g = colour.getColor().getGreen();
    int b = colour.getColor().getBlue();
    assertTrue(
        r == g && g == b && r > 32 && r < 224 && colour.getColor().getAlpha() == 255,
        "ページの色が灰色ではない: " + colour.asRgba());
    assertEquals("", page.words(), "グレーのページに文字がある");
  }
}
