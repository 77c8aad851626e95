package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tejun.network.SimulatedPhone.Kind;
import tejun.network.SimulatedPhone.Message;

/** The customers' phones, by Japanese numbering: mobiles get SMS and calls, fixed lines calls. */
class SimulatedPhoneTest {
  private final SimulatedPhone phone =
      new SimulatedPhone(new SimulatedClock(SimulatedClock.DEFAULT_START));

  @Test
  void mobilesGetSmsWithOrWithoutHyphens() {
    assertThat(phone.receive("090-1234-5678", Kind.SMS, "NTTドコモ", "認証コード 123456")).isTrue();
    assertThat(phone.receive("08012345678", Kind.SMS, "NTTドコモ", "認証コード 654321")).isTrue();
    assertThat(phone.receive("070-1234-5678", Kind.VOICE, "NTTドコモ", "認証コードは…")).isTrue();

    assertThat(phone.messagesTo("09012345678", Kind.SMS)).hasSize(1);
    assertThat(phone.messagesTo("080-1234-5678", null)).hasSize(1);
    assertThat(phone.messagesTo("070-1234-5678", Kind.VOICE)).hasSize(1);
  }

  @Test
  void anSmsToAFixedLineIsNotDeliveredAndNothingIsRecorded() {
    assertThat(phone.receive("03-1234-5678", Kind.SMS, "NTTコミュニケーションズ", "認証コード 123456")).isFalse();
    assertThat(phone.receive("0612345678", Kind.SMS, "NTTコミュニケーションズ", "認証コード 123456")).isFalse();

    assertThat(phone.messagesTo("03-1234-5678", null)).isEmpty();
    assertThat(phone.received()).isEmpty();
  }

  @Test
  void aFixedLineGetsVoiceCalls() {
    String words = "認証コードは、1、2、3、4、5です。繰り返します、1、2、3、4、5です。";
    assertThat(phone.receive("03-1234-5678", Kind.VOICE, "NTTコミュニケーションズ", words)).isTrue();

    Message call = phone.messagesTo("0312345678", Kind.VOICE).get(0);
    assertThat(call.text()).isEqualTo(words);
    assertThat(call.from()).isEqualTo("NTTコミュニケーションズ");
  }

  @Test
  void messagesAreListedNewestFirstAndOnlyForTheirNumber() {
    phone.receive("090-1234-5678", Kind.SMS, "見本", "1通目");
    phone.receive("090-1234-5678", Kind.SMS, "見本", "2通目");
    phone.receive("090-8765-4321", Kind.SMS, "見本", "ほかの人へ");

    assertThat(phone.messagesTo("090-1234-5678", Kind.SMS))
        .extracting(Message::text)
        .containsExactly("2通目", "1通目");
  }

  @Test
  void somethingThatIsNotAPhoneNumberIsRefused() {
    assertThatThrownBy(() -> phone.receive("", Kind.SMS, "見本", "本文"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("日本の電話番号ではありません");
  }

  @Test
  void aResetForgetsEverything() {
    phone.receive("090-1234-5678", Kind.SMS, "見本", "本文");
    phone.reset();
    assertThat(phone.received()).isEmpty();
  }
}
