package tejun.steps.fletswest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.ja.ならば;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.fletswest.ManualWords;

/**
 * The words the manual's screenshot of a screen shows, many of which quote other words in 「」 (which
 * the shared 「画面に「…」と書かれている」 cannot carry): a list, each checked on the screen in front.
 */
public class ManualWordsSteps {
  private final ScenarioContext context;

  public ManualWordsSteps(ScenarioContext context) {
    this.context = context;
  }

  @ならば("この画面には、マニュアルの画面写真のとおり次の文言がある:")
  public void screenSays(List<String> words) {
    assertEquals(List.of(), new ManualWords(context.tab()).notSaid(words), "画面にない文言");
  }
}
