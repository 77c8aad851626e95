package tejun.pages.fanclub;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/**
 * One of the FAQ's other questions about the first login, titled by the question, with its answer.
 */
public final class FaqAnswerPage extends Screen {
  public FaqAnswerPage(WebDriver driver, String question) {
    super(driver, question);
  }

  /** The question as the page heads it, with its 「Q.」. */
  public String question() {
    return heading();
  }
}
