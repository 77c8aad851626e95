package tejun.hooks;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.Rectangle;
import tejun.ScenarioRecords;
import tejun.browser.Screenshot;
import tejun.context.ScenarioContext;
import tejun.context.StepActions;
import tejun.records.Box;
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
      AttachedImages.attach(scenario, shot.png(), ScenarioRecords.BEFORE_ACTION_NAME);
      scenario.attach(
          RecordJson.write(
              new FramesRecord(shot.cssWidth(), boxes(before.get().boxes()), boxes(shot.masks()))),
          ScenarioRecords.FRAMES_TYPE,
          ScenarioRecords.FRAMES_NAME);
    }
    if (context.browserIfOpen().filter(b -> !scenario.isFailed() || b.alive()).isPresent()) {
      Screenshot shot = context.screenshot();
      AttachedImages.attach(scenario, shot.png(), ScenarioRecords.SCREENSHOT_NAME);
      if (!shot.masks().isEmpty()) {
        scenario.attach(
            RecordJson.write(new MasksRecord(shot.cssWidth(), boxes(shot.masks()))),
            ScenarioRecords.MASKS_TYPE,
            ScenarioRecords.MASKS_NAME);
      }
    }
  }

  private static List<Box> boxes(List<Rectangle> boxes) {
    return boxes.stream()
        .map(b -> new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight()))
        .toList();
  }
}
