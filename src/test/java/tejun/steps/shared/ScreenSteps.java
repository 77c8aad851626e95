package tejun.steps.shared;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tejun.context.ScenarioContext;
import tejun.pages.CurrentScreen;
import tejun.pages.ManualWords;

/**
 * What a person does on whatever screen is in front of them, on any site or the simulated PC: press
 * by label, type into a labelled field, choose, tick, and see which screen it is.
 */
public class ScreenSteps {
  private final ScenarioContext context;

  public ScreenSteps(ScenarioContext context) {
    this.context = context;
  }

  private CurrentScreen screen() {
    return new CurrentScreen(context.windowInFront());
  }

  @もし("「{ボタン・リンク}」をクリックする")
  public void click(String label) {
    screen().click(label);
  }

  @もし("「{ボタン・リンク}」ボタンを押す")
  public void press(String label) {
    screen().click(label);
  }

  @もし("「{項目}」に「{入力値}」と入力する")
  public void enter(String label, String value) {
    screen().enter(label, value);
  }

  @もし("「{項目}」を次のとおりに書き換える:")
  public void rewrite(String label, String text) {
    screen().enter(label, text);
  }

  @もし("次のとおり入力する:")
  public void fillIn(Map<String, String> answers) {
    answers.forEach(screen()::fill);
  }

  @もし("次のとおり、ただし「{項目}」だけ「{入力値}」にして入力する:")
  public void fillInExcept(String label, String value, Map<String, String> answers) {
    Map<String, String> changed = new LinkedHashMap<>(answers);
    if (changed.replace(label, value) == null) {
      throw new AssertionError("「" + label + "」は表にない項目です: " + answers.keySet());
    }
    changed.forEach(screen()::fill);
  }

  @もし("「{項目}」で「{選択肢}」を選ぶ")
  public void choose(String label, String option) {
    screen().choose(label, option);
  }

  @もし("「{項目}」にチェックを入れる")
  public void check(String label) {
    screen().check(label);
  }

  @ならば("「{画面名}」の画面が表示される")
  public void screenShown(String title) {
    assertEquals(title, CurrentScreen.titled(context.windowInFront(), title).title());
  }

  @ならば("「{画面名}」の画面に「{メッセージ}」というエラーが表示される")
  public void errorShown(String title, String message) {
    assertEquals(message, CurrentScreen.titled(context.windowInFront(), title).error());
  }

  @ならば("画面に「{文言}」と書かれている")
  public void says(String words) {
    Written.assertWritten(words, screen().saying(words), "画面");
  }

  /**
   * The words of the manual's screenshot, each checked on the tab's screen: a list, because many of
   * them quote other words in 「」, which the sentence above cannot carry.
   */
  @ならば("この画面には、マニュアルの画面写真のとおり次の文言がある:")
  public void saysAll(List<String> words) {
    assertEquals(List.of(), new ManualWords(context.tab()).notSaid(words), "画面にない文言");
  }

  @ならば("「{項目}」の欄には「{入力値}」が残っている")
  public void valueKept(String label, String value) {
    assertEquals(value, screen().valueOf(label));
  }
}
