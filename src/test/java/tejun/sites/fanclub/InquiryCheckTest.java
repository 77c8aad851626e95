package tejun.sites.fanclub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tejun.network.SimulatedMailbox.Mail;

/** The support desk's check of an inquiry against the FAQ's twelve 必須事項. */
class InquiryCheckTest {
  private static final InquiryCheck CHECK = new InquiryCheck();

  private static final Map<String, String> COMPLETE =
      new java.util.LinkedHashMap<>(
          Map.ofEntries(
              Map.entry(InquiryCheck.CARRIER, "docomo"),
              Map.entry(InquiryCheck.PAYMENT + " ★1", "123456789012"),
              Map.entry(InquiryCheck.MEMBER_NUMBER, "10000001"),
              Map.entry(InquiryCheck.PASSWORD, "19900401"),
              Map.entry(InquiryCheck.NAME, "見本 花子"),
              Map.entry(InquiryCheck.NAME_KANA, "ミホン ハナコ"),
              Map.entry(InquiryCheck.NICKNAME, "はなこ"),
              Map.entry(InquiryCheck.BIRTH_DATE, "19900401"),
              Map.entry(InquiryCheck.MAILS, "hanako@example.jp、hanako2@example.jp"),
              Map.entry(InquiryCheck.PHONE, "090-0000-0001"),
              Map.entry(InquiryCheck.ADDRESS, "東京都見本区見本町1-2-3"),
              Map.entry(InquiryCheck.PLUS_MEMBER_ID + "★2", "")));

  @Test
  void aCompleteInquiryPasses() {
    assertThat(problems(COMPLETE)).isEmpty();
  }

  @Test
  void everyRequiredItemButThePlusMemberIdMustBeFilledIn() {
    Map<String, String> empty =
        COMPLETE.keySet().stream().collect(Collectors.toMap(k -> k, k -> "", (a, b) -> a));
    assertThat(problems(empty))
        .hasSize(11)
        .allMatch(p -> p.endsWith("が空欄です。ご記入ください。"))
        .noneMatch(p -> p.contains("Plus member ID"));
  }

  @Test
  void aMissingLineCountsAsEmpty() {
    Map<String, String> without = new java.util.LinkedHashMap<>(COMPLETE);
    without.remove(InquiryCheck.ADDRESS);
    assertThat(problems(without)).containsExactly("「ご住所」が空欄です。ご記入ください。");
  }

  @Test
  void eachCarrierHasItsOwnPaymentReference() {
    assertThat(problems(with("docomo", "1234-5678-9012"))).isEmpty();
    assertThat(problems(with("docomo", "12345678901")))
        .singleElement()
        .asString()
        .contains("【12桁の決済番号】");
    assertThat(problems(with("au", "12345678901"))).isEmpty();
    assertThat(problems(with("au", "090-1234-5678")))
        .singleElement()
        .asString()
        .contains("端末のお電話番号では調査できません");
    assertThat(problems(with("au", "123456789012"))).singleElement().asString().contains("11桁以上");
    assertThat(problems(with("SoftBank", "SB20250001234"))).isEmpty();
    assertThat(problems(with("SoftBank", "03-1234-5678")))
        .singleElement()
        .asString()
        .contains("【注文番号】");
    assertThat(problems(with("SoftBank", "SoftBank")))
        .singleElement()
        .asString()
        .contains("【注文番号】");
    assertThat(problems(with("docomo", "docomo")))
        .singleElement()
        .asString()
        .contains("【12桁の決済番号】");
    assertThat(problems(with("楽天モバイル", "123")))
        .singleElement()
        .asString()
        .contains("docomo・au・SoftBank");
  }

  @Test
  void theBirthDateAndPasswordAreEightDigits() {
    Map<String, String> wrong = new java.util.LinkedHashMap<>(COMPLETE);
    wrong.put(InquiryCheck.BIRTH_DATE, "19900231");
    wrong.put(InquiryCheck.PASSWORD, "1990041");
    assertThat(problems(wrong))
        .containsExactly(
            "「ログイン時に入力したパスワード8桁」は、ログイン時に入力した8桁の数字をご記入ください。",
            "「ご生年月日(西暦表記8桁)」は、西暦の8桁 (例: 19900401) でご記入ください。");
  }

  @Test
  void aChangedNameNeedsBothFamilyNames() {
    Map<String, String> changed = new java.util.LinkedHashMap<>(COMPLETE);
    changed.put(InquiryCheck.NAME, "見本 花子 (旧姓 手順)");
    assertThat(problems(changed)).singleElement().asString().contains("【旧姓・新姓】を両方");
    changed.put(InquiryCheck.NAME, "新姓：見本 花子／旧姓：手順 花子");
    assertThat(problems(changed)).isEmpty();
  }

  @Test
  void theSubjectIsTheFaqs() {
    Mail mail = mail("hanako@example.jp", "初回ログインできません", body(COMPLETE));
    assertThat(CHECK.problems(mail, List.of(mail)))
        .containsExactly("件名を「【STEP2】初回ログイン認証エラー」にしてください。");
  }

  @Test
  void oneMemberWritesFromOneAddress() {
    Mail first = mail("hanako@example.jp", InquiryCheck.SUBJECT, body(COMPLETE));
    Mail second = mail("hanako2@example.jp", InquiryCheck.SUBJECT, body(COMPLETE));
    Mail again = mail("hanako@example.jp", InquiryCheck.SUBJECT, body(COMPLETE));
    assertThat(CHECK.problems(second, List.of(again, second, first)))
        .singleElement()
        .asString()
        .contains("別のメールアドレス (hanako@example.jp)");
    assertThat(CHECK.problems(again, List.of(again, first))).isEmpty();
  }

  private static Map<String, String> with(String carrier, String payment) {
    Map<String, String> items = new java.util.LinkedHashMap<>(COMPLETE);
    items.put(InquiryCheck.CARRIER, carrier);
    items.put(InquiryCheck.PAYMENT + " ★1", payment);
    return items;
  }

  private static List<String> problems(Map<String, String> items) {
    Mail mail = mail("hanako@example.jp", InquiryCheck.SUBJECT, body(items));
    return CHECK.problems(mail, List.of(mail));
  }

  private static String body(Map<String, String> items) {
    return items.entrySet().stream()
        .map(e -> "・" + e.getKey() + "：" + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static int uid;

  private static Mail mail(String from, String subject, String body) {
    uid++;
    return new Mail(
        InquiryCheck.SUPPORT + "#" + uid,
        InquiryCheck.SUPPORT,
        uid,
        "",
        from,
        InquiryCheck.SUPPORT,
        subject,
        body,
        Instant.now(),
        Instant.now());
  }
}
