package tejun.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import tejun.ScenarioRecords;
import tejun.WarmStart;
import tejun.browser.ScenarioBrowser;
import tejun.browser.Screenshot;
import tejun.context.ScenarioContext;
import tejun.context.StepActions;
import tejun.network.SimulatedMailbox.Mail;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedPhone;

/**
 * Illustrates every step (the screen before it acted, with what it pressed, typed into or chose
 * framed in red; a whole-page screenshot after it; the PC's network state when a step changed it,
 * and each mail, SMS and call that arrived during it), adds what an engineer needs to a failure,
 * and fails a scenario whose browser asked for something the simulated network has no stub for.
 */
public class ScenarioHooks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ScenarioContext context;
  private Map<String, Object> lastNetworkState = Map.of();
  private final Set<String> attachedMails = new HashSet<>();
  private long lastPhoneMessage;

  public ScenarioHooks(ScenarioContext context) {
    this.context = context;
  }

  /** The first scenario costs what a later one does (see {@link WarmStart}). */
  @BeforeAll
  public static void warmStart() {
    AttachedImages.newRun();
    WarmStart.once(Path.of(System.getProperty("tejun.stubs", "stubs")));
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    context.begin(scenario);
  }

  @AfterStep
  public void illustrate(Scenario scenario) throws JsonProcessingException {
    Optional<StepActions.BeforeScreen> before =
        context.stepActions().flatMap(StepActions::beforeScreen);
    if (before.isPresent()) {
      AttachedImages.attach(
          scenario, before.get().shot().png(), ScenarioRecords.BEFORE_ACTION_NAME);
      scenario.attach(
          frames(before.get()), ScenarioRecords.FRAMES_TYPE, ScenarioRecords.FRAMES_NAME);
    }
    if (context.browserIfOpen().filter(b -> !scenario.isFailed() || b.alive()).isPresent()) {
      Screenshot shot = context.screenshot();
      AttachedImages.attach(scenario, shot.png(), ScenarioRecords.SCREENSHOT_NAME);
      if (!shot.masks().isEmpty()) {
        scenario.attach(masks(shot), ScenarioRecords.MASKS_TYPE, ScenarioRecords.MASKS_NAME);
      }
    }
    if (context.networkIfStarted().isPresent()) {
      Map<String, Object> snapshot = context.network().pc().snapshot();
      Map<String, Object> state =
          Map.of("connections", snapshot.get("connections"), "route", snapshot.get("route"));
      if (!state.equals(lastNetworkState)) {
        lastNetworkState = state;
        scenario.attach(
            JSON.writeValueAsString(state),
            ScenarioRecords.NETWORK_TYPE,
            ScenarioRecords.NETWORK_NAME);
      }
      attachNewMessages(scenario, context.network());
    }
  }

  /** Where the step acted, and what that screen masks (for the comparison with a baseline). */
  private static String frames(StepActions.BeforeScreen before) throws JsonProcessingException {
    return JSON.writeValueAsString(
        Map.of(
            "cssWidth",
            before.shot().cssWidth(),
            "boxes",
            boxes(before.boxes()),
            "masks",
            boxes(before.shot().masks())));
  }

  private static String masks(Screenshot shot) throws JsonProcessingException {
    return JSON.writeValueAsString(
        Map.of("cssWidth", shot.cssWidth(), "boxes", boxes(shot.masks())));
  }

  private static List<List<Integer>> boxes(List<Rectangle> boxes) {
    return boxes.stream()
        .map(b -> List.of(b.getX(), b.getY(), b.getWidth(), b.getHeight()))
        .toList();
  }

  /** Each mail, SMS and call since the previous step, as the report shows a message. */
  private void attachNewMessages(Scenario scenario, SimulatedNetwork network)
      throws JsonProcessingException {
    for (Mail mail : network.mailbox().received()) {
      if (attachedMails.add(mail.id())) {
        attachMessage(
            scenario,
            ScenarioRecords.MAIL_NAME,
            "mail",
            mail.to(),
            mail.from(),
            mail.subject(),
            mail.body());
      }
    }
    for (SimulatedPhone.Message message : network.phone().received()) {
      if (message.id() > lastPhoneMessage) {
        lastPhoneMessage = message.id();
        boolean sms = message.kind() == SimulatedPhone.Kind.SMS;
        attachMessage(
            scenario,
            sms ? ScenarioRecords.SMS_NAME : ScenarioRecords.CALL_NAME,
            message.kind().code(),
            message.to(),
            message.from(),
            null,
            message.text());
      }
    }
  }

  private static void attachMessage(
      Scenario scenario,
      String name,
      String kind,
      String to,
      String from,
      String subject,
      String body)
      throws JsonProcessingException {
    Map<String, String> message = new LinkedHashMap<>();
    message.put("kind", kind);
    message.put("to", to);
    message.put("from", from);
    if (subject != null) {
      message.put("subject", subject);
    }
    message.put("body", body);
    scenario.attach(JSON.writeValueAsString(message), ScenarioRecords.MESSAGE_TYPE, name);
  }

  @After(order = 100)
  public void explainFailure(Scenario scenario) {
    if (!scenario.isFailed() || context.browserIfOpen().filter(ScenarioBrowser::alive).isEmpty()) {
      return;
    }
    WebDriver driver = context.driver();
    scenario.attach(driver.getCurrentUrl(), ScenarioRecords.URL_TYPE, ScenarioRecords.URL_NAME);
    scenario.attach(
        driver.getPageSource().getBytes(StandardCharsets.UTF_8),
        ScenarioRecords.PAGE_HTML_TYPE,
        ScenarioRecords.PAGE_HTML_NAME);
  }

  @After(order = 50)
  public void failOnUnansweredRequests(Scenario scenario) {
    if (context.networkIfStarted().isEmpty()) {
      return;
    }
    String report = context.network().unmatchedReport();
    if (!report.isEmpty()) {
      scenario.attach(report, "text/plain", ScenarioRecords.NEAR_MISS_NAME);
      throw new AssertionError(
          "The browser asked the simulated network for something "
              + ScenarioRecords.UNANSWERED_MARKER
              + ":\n"
              + report);
    }
  }
}
