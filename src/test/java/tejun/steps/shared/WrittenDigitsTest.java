package tejun.steps.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A code read from a message as a person reads it. */
class WrittenDigitsTest {
  @Test
  void digitsAVoiceReadsOutOneByOne() {
    assertThat(WrittenDigits.after("認証コードは、1、2、3、4、5です。繰り返します、1、2、3、4、5です。", "認証コード"))
        .hasValue("12345");
  }

  @Test
  void digitsAfterAColonFullWidthOrNot() {
    assertThat(WrittenDigits.after("確認コード：123456\n有効期限は10分です。", "確認コード")).hasValue("123456");
    assertThat(WrittenDigits.after("確認コード: １２３ ４５６", "確認コード")).hasValue("123456");
  }

  @Test
  void theLineWithTheDigitsRatherThanAnEarlierMention() {
    String mail = "確認コードをお知らせします。\n2025年5月1日にお申し込みを受け付けました。\n確認コード：654321";
    assertThat(WrittenDigits.after(mail, "確認コード")).hasValue("654321");
  }

  @Test
  void digitsOnTheNextLineWhenNoneFollowOnTheSameOne() {
    assertThat(WrittenDigits.after("確認コード\n\n 987654 \nを入力してください", "確認コード")).hasValue("987654");
  }

  @Test
  void aSeparatorEndsTheNumberWhenWordsFollowIt() {
    assertThat(WrittenDigits.after("【見本】確認コード 123456 を入力してください。10分有効", "確認コード")).hasValue("123456");
  }

  @Test
  void theNumberTheWordNamesRatherThanADigitInAnEarlierSentence() {
    String mail = "ワンタイムキー入力画面で、以下の6桁のワンタイムキーを入力してください。\n\nワンタイムキー：884598\n";
    assertThat(WrittenDigits.after(mail, "ワンタイムキー")).hasValue("884598");
  }

  @Test
  void noDigitsOrNoWord() {
    assertThat(WrittenDigits.after("確認コードはありません", "確認コード")).isEmpty();
    assertThat(WrittenDigits.after("123456", "確認コード")).isEmpty();
  }
}
