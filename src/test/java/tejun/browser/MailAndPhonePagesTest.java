package tejun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tejun.FixtureStubs;
import tejun.network.SimulatedMailbox.Outgoing;
import tejun.network.SimulatedNetwork;
import tejun.network.SimulatedPhone.Kind;
import tejun.pages.mail.InboxPage;
import tejun.pages.mail.MailPage;
import tejun.pages.mail.OpenMailboxPage;
import tejun.pages.phone.CallPage;
import tejun.pages.phone.PhoneNumberPage;
import tejun.pages.phone.PhonePage;
import tejun.pages.phone.SmsPage;

/**
 * The webmail and the phone as a person uses them in the simulator: an address or a number typed
 * in, the newest first, a Japanese mail decoded as it was written, an SMS, a call's spoken words.
 */
class MailAndPhonePagesTest {
  private static final String ADDRESS = "ichiro@customer.example";

  @Test
  void aPersonReadsTheMailboxAndThePhone(@TempDir Path stubs) throws IOException {
    try (SimulatedNetwork network = SimulatedNetwork.start(FixtureStubs.copyTo(stubs), 0);
        Browser browser =
            Browser.open(BrowserSettings.fromSystemProperties(), network.proxyAddress())) {
      network
          .mailbox()
          .send(new Outgoing("株式会社NTTドコモ <no-reply@docomo.example>", ADDRESS, "古いお知らせ", "前の"));
      network
          .mailbox()
          .send(
              new Outgoing(
                  "株式会社NTTドコモ <no-reply@docomo.example>",
                  ADDRESS,
                  "【dアカウント】確認コードのお知らせ",
                  "確認コード：123456\n有効期限は10分です。"));
      network.phone().receive("090-1234-5678", Kind.SMS, "NTTドコモ", "認証コード 654321");
      network.phone().receive("090-1234-5678", Kind.VOICE, "NTTコミュニケーションズ", "認証コードは、1、2、3です。");

      InboxPage inbox = OpenMailboxPage.open(browser.driver()).open(ADDRESS);
      assertThat(inbox.address()).isEqualTo(ADDRESS);
      assertThat(inbox.subjects()).containsExactly("【dアカウント】確認コードのお知らせ", "古いお知らせ");
      MailPage mail = inbox.openNewest("【dアカウント】確認コードのお知らせ");
      assertThat(mail.from()).isEqualTo("株式会社NTTドコモ <no-reply@docomo.example>");
      assertThat(mail.to()).isEqualTo(ADDRESS);
      assertThat(mail.body()).isEqualTo("確認コード：123456\n有効期限は10分です。");

      PhonePage phone = PhoneNumberPage.open(browser.driver()).open("090-1234-5678");
      assertThat(phone.line()).isEqualTo("携帯電話");
      assertThat(phone.smsTexts()).containsExactly("認証コード 654321");
      SmsPage sms = phone.openNewestSms();
      assertThat(sms.from()).isEqualTo("NTTドコモ");
      assertThat(sms.message()).isEqualTo("認証コード 654321");

      CallPage call = PhonePage.of(browser.driver(), "09012345678").answerNewestCall();
      assertThat(call.caller()).isEqualTo("NTTコミュニケーションズ");
      assertThat(call.words()).isEqualTo("認証コードは、1、2、3です。");
    }
  }
}
