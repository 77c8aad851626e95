package tejun.hooks;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.util.HashSet;
import java.util.Set;
import tejun.ScenarioRecords;
import tejun.context.ScenarioContext;
import tejun.network.SimulatedMailbox.Mail;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedPhone;
import tejun.records.MessageRecord;
import tejun.records.RecordJson;

/** Each mail, SMS and call that arrived during a step, after that step. */
public class ReceivedMessages {
  private final ScenarioContext context;
  private final Set<String> attachedMails = new HashSet<>();
  private long lastPhoneMessage;

  public ReceivedMessages(ScenarioContext context) {
    this.context = context;
  }

  @AfterStep(order = AfterStepOrder.RECEIVED_MESSAGES)
  public void recordNewMessages(Scenario scenario) {
    if (context.networkIfStarted().isEmpty()) {
      return;
    }
    SimulatedNetwork network = context.network();
    for (Mail mail : network.mailbox().received()) {
      if (attachedMails.add(mail.id())) {
        attach(
            scenario,
            ScenarioRecords.MAIL_NAME,
            new MessageRecord(
                MessageRecord.Kind.MAIL, mail.to(), mail.from(), mail.subject(), mail.body()));
      }
    }
    for (SimulatedPhone.Message message : network.phone().received()) {
      if (message.id() > lastPhoneMessage) {
        lastPhoneMessage = message.id();
        boolean sms = message.kind() == SimulatedPhone.Kind.SMS;
        attach(
            scenario,
            sms ? ScenarioRecords.SMS_NAME : ScenarioRecords.CALL_NAME,
            new MessageRecord(
                sms ? MessageRecord.Kind.SMS : MessageRecord.Kind.VOICE,
                message.to(),
                message.from(),
                "",
                message.text()));
      }
    }
  }

  private static void attach(Scenario scenario, String name, MessageRecord message) {
    scenario.attach(RecordJson.write(message), ScenarioRecords.MESSAGE_TYPE, name);
  }
}
