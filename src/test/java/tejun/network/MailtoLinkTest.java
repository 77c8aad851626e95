package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A mailto: link read as a mail program reads it (RFC 6068). */
class MailtoLinkTest {
  @Test
  void addresseeSubjectAndBodyArePercentDecodedInUtf8() {
    MailtoLink link =
        MailtoLink.parse(
            "mailto:support@example.jp?subject=%E3%80%90STEP2%E3%80%91&body=%E3%83%BB1%EF%BC%9A%0D%0A%E3%83%BB2+3");
    assertThat(link.to()).isEqualTo("support@example.jp");
    assertThat(link.subject()).isEqualTo("【STEP2】");
    assertThat(link.body()).isEqualTo("・1：\n・2+3");
  }

  @Test
  void addresseesMayAlsoComeAsAToHeader() {
    assertThat(MailtoLink.parse("MAILTO:a@example.jp?to=b@example.jp").to())
        .isEqualTo("a@example.jp,b@example.jp");
    assertThat(MailtoLink.parse("mailto:?to=b@example.jp&subject=x").to())
        .isEqualTo("b@example.jp");
  }

  @Test
  void anotherLinkIsRefused() {
    assertThatThrownBy(() -> MailtoLink.parse("https://example.jp/"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
