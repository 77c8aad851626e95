package tejun.steps.membersclub;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import org.openqa.selenium.support.Color;
import tejun.context.ScenarioContext;
import tejun.pages.membersclub.LineAuthDonePage;

/**
 * The two screens the article shows after 「しばらくお待ちください」. Which one comes is the site's to decide
 * (how long after the check at www.v4flets-east.jp its result arrives); a scenario says what it
 * expects for the time it lets pass.
 */
public class LineAuthOutcomeSteps {
  private static final String AUTHENTICATING_WORDS = "契約回線認証中です";

  private final ScenarioContext context;

  public LineAuthOutcomeSteps(ScenarioContext context) {
    this.context = context;
  }

  /** The two outcomes in the article's words. */
  public enum Outcome {
    ALL_GRAY("ページが全てグレーになる"),
    AUTHENTICATING("「契約回線認証中です」のページが表示される");

    private final String words;

    Outcome(String words) {
      this.words = words;
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

  @ならば("その後、ページが遷移して{membersclub:契約回線認証後の画面}")
  public void shown(Outcome outcome) {
    LineAuthDonePage page = new LineAuthDonePage(context.tab());
    switch (outcome) {
      case ALL_GRAY -> assertAllGray(page);
      case AUTHENTICATING -> {
        assertEquals(AUTHENTICATING_WORDS, page.title());
        assertEquals(AUTHENTICATING_WORDS, page.mainWords());
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
    assertEquals("フレッツ光メンバーズクラブ", page.title());
  }
}
