package tejun.hooks;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import tejun.ScenarioRecords;
import tejun.browser.Screenshot;
import tejun.context.ScenarioContext;
import tejun.context.StepActions;
import tejun.pages.Compared;
import tejun.records.Box;
import tejun.records.ComparedRecord;
import tejun.records.FramesRecord;
import tejun.records.MasksRecord;
import tejun.records.RecordJson;

/**
 * Illustrates every step: the screen before it acted, with the boxes of what it pressed, typed into
 * or chose (for the report to frame in red), and a whole-page screenshot after it, each with what
 * it masks.
 */
public class StepIllustrations {
  private final ScenarioContext context;

  public StepIllustrations(ScenarioContext context) {
    this.context = context;
  }

  @AfterStep(order = AfterStepOrder.SCREENS)
  public void illustrate(Scenario scenario) {
    Optional<StepActions.BeforeScreen> before =
        context.stepActions().flatMap(StepActions::beforeScreen);
    if (before.isPresent()) {
      Screenshot shot = before.get().shot();
      boolean first =
          AttachedImages.attach(scenario, shot.png(), ScenarioRecords.BEFORE_ACTION_NAME);
      scenario.attach(
          RecordJson.write(
              new FramesRecord(shot.cssWidth(), boxes(before.get().boxes()), boxes(shot.masks()))),
          ScenarioRecords.FRAMES_TYPE,
          ScenarioRecords.FRAMES_NAME);
      if (first) {
        AttachedImages.attachText(scenario, shot.png(), shot.text());
      }
    }
    List<Compared.Word> compared = Compared.drain();
    if (context.browserIfOpen().filter(b -> !scenario.isFailed() || b.alive()).isPresent()) {
      Screenshot shot = context.screenshot();
      boolean first = AttachedImages.attach(scenario, shot.png(), ScenarioRecords.SCREENSHOT_NAME);
      if (!shot.masks().isEmpty()) {
        scenario.attach(
            RecordJson.write(new MasksRecord(shot.cssWidth(), boxes(shot.masks()))),
            ScenarioRecords.MASKS_TYPE,
            ScenarioRecords.MASKS_NAME);
      }
      if (!compared.isEmpty()) {
        JavascriptExecutor screen = (JavascriptExecutor) context.windowInFront();
        scenario.attach(
            RecordJson.write(
                new ComparedRecord(shot.cssWidth(), ComparedWords.located(compared, screen))),
            ScenarioRecords.COMPARED_TYPE,
            ScenarioRecords.COMPARED_NAME);
      }
      if (first) {
        AttachedImages.attachText(scenario, shot.png(), shot.text());
      }
    }
  }

  /** A scenario's first step compares nothing that a step of another scenario left unrecorded. */
  @Before(order = 1)
  public void forgetComparisons() {
    Compared.drain();
  }

  private static List<Box> boxes(List<Rectangle> boxes) {
    return boxes.stream()
        .map(b -> new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight()))
        .toList();
  }
}
