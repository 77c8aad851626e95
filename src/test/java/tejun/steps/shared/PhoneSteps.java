package tejun.steps.shared;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.phone.PhonePage;

/**
 * The customer's phone, in the simulated phone (phone.tejun.test) in a new tab: the SMS or the call
 * a site sent, waited for and opened, so the step's screenshot shows it.
 */
public class PhoneSteps {
  private final ScenarioContext context;

  public PhoneSteps(ScenarioContext context) {
    this.context = context;
  }

  private PhonePage phone(String number) {
    context.tabs().openNew();
    return PhonePage.of(context.tab(), number);
  }

  @もし("電話「{電話番号}」でSMSを開く")
  public void openSms(String number) {
    phone(number).openNewestSms();
  }

  @もし("電話「{電話番号}」に着信し、音声を聞く")
  public void answerCall(String number) {
    phone(number).answerNewestCall();
  }

  @ならば("電話「{電話番号}」にはSMSが届いていない")
  public void noSms(String number) {
    PhonePage phone = phone(number);
    assertEquals(List.of(), phone.smsTexts(), number + "（" + phone.line() + "）にSMSが届いている");
  }
}
