package tejun.sites.fanclub;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tejun.network.MailCheck;
import tejun.network.SimulatedMailbox.Mail;

/**
 * The fan club's support desk checks an inquiry 【STEP2】初回ログイン認証エラー sent to
 * secure_lunasea@cc.plusmember.jp against the FAQ's twelve 必須事項: each line 「・項目：記入」 of the
 * template, the carrier's own payment reference (docomo: the 12-digit 決済番号; au: the 11-digit
 * 継続課金ID, not a phone number; SoftBank: the 注文番号), the birth date as 8 digits, both family names
 * where the name changed, and one sender address per member.
 */
public final class InquiryCheck implements MailCheck {
  public static final String SUPPORT = "secure_lunasea@cc.plusmember.jp";
  public static final String SUBJECT = "【STEP2】初回ログイン認証エラー";

  static final String CARRIER = "ご契約の携帯会社【docomo/au/SoftBank】";
  static final String PAYMENT = "各キャリアの決済情報";
  static final String MEMBER_NUMBER = "ログイン時に入力した会員番号";
  static final String PASSWORD = "ログイン時に入力したパスワード8桁";
  static final String NAME = "氏名フルネーム(漢字)";
  static final String NAME_KANA = "氏名フルネーム(カナ)";
  static final String NICKNAME = "ご設定にお心当たりのあるニックネーム";
  static final String BIRTH_DATE = "ご生年月日(西暦表記8桁)";
  static final String MAILS = "お持ちのメールアドレス全て";
  static final String PHONE = "お電話番号";
  static final String ADDRESS = "ご住所";
  static final String PLUS_MEMBER_ID = "Plus member ID(取得済の場合)";

  /** The twelve 必須事項 in the FAQ's order; only the Plus member ID may be left empty. */
  static final List<String> ITEMS =
      List.of(
          CARRIER,
          PAYMENT,
          MEMBER_NUMBER,
          PASSWORD,
          NAME,
          NAME_KANA,
          NICKNAME,
          BIRTH_DATE,
          MAILS,
          PHONE,
          ADDRESS,
          PLUS_MEMBER_ID);

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern MOBILE_NUMBER = Pattern.compile("0[789]0[0-9]{8}");
  private static final Pattern PHONE_NUMBER = Pattern.compile("0[0-9]{9,10}");
  private static final Pattern KANA = Pattern.compile("[ァ-ヶー・\\s　()（）旧姓新姓:：/／]+");
  private static final Pattern MAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern ORDER_NUMBER =
      Pattern.compile("(?=[A-Za-z]*[0-9])[A-Za-z0-9]{8,20}");
  private static final Pattern NAME_CHANGED = Pattern.compile("旧姓|新姓|名字変更|結婚");
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public String mailbox() {
    return SUPPORT;
  }

  @Override
  public String title() {
    return "お問い合わせの確認 (" + SUBJECT + "の必須事項)";
  }

  @Override
  public List<String> problems(Mail mail, List<Mail> received) {
    List<String> problems = new ArrayList<>();
    if (!mail.subject().strip().equals(SUBJECT)) {
      problems.add("件名を「" + SUBJECT + "」にしてください。");
    }
    Map<String, String> items = items(mail.body());
    for (String item : ITEMS) {
      if (!item.equals(PLUS_MEMBER_ID) && items.getOrDefault(item, "").isEmpty()) {
        problems.add("「" + item + "」が空欄です。ご記入ください。");
      }
    }
    problems.addAll(malformed(items));
    problems.addAll(otherSenders(mail, items, received));
    return problems;
  }

  private static List<String> malformed(Map<String, String> items) {
    List<String> problems = new ArrayList<>();
    String carrier = items.getOrDefault(CARRIER, "");
    String payment = digitsOrText(items.getOrDefault(PAYMENT, ""));
    if (!carrier.isEmpty() && !payment.isEmpty()) {
      paymentProblem(carrier, payment).ifPresent(problems::add);
    }
    String password = items.getOrDefault(PASSWORD, "");
    if (!password.isEmpty() && !password.matches("[0-9]{8}")) {
      problems.add("「" + PASSWORD + "」は、ログイン時に入力した8桁の数字をご記入ください。");
    }
    String birth = items.getOrDefault(BIRTH_DATE, "");
    if (!birth.isEmpty() && !isDate(birth)) {
      problems.add("「" + BIRTH_DATE + "」は、西暦の8桁 (例: 19900401) でご記入ください。");
    }
    String kana = items.getOrDefault(NAME_KANA, "");
    if (!kana.isEmpty() && !KANA.matcher(kana).matches()) {
      problems.add("「" + NAME_KANA + "」は、カタカナでご記入ください。");
    }
    String name = items.getOrDefault(NAME, "");
    if (NAME_CHANGED.matcher(String.join("\n", items.values())).find()
        && !(name.contains("旧姓") && name.contains("新姓"))) {
      problems.add("ご結婚などにより名字変更をされている場合は、「" + NAME + "」に【旧姓・新姓】を両方ご記入ください。");
    }
    String mails = items.getOrDefault(MAILS, "");
    if (!mails.isEmpty()
        && !List.of(mails.split("[\\s,、，/／]+")).stream().allMatch(m -> MAIL.matcher(m).matches())) {
      problems.add("「" + MAILS + "」は、メールアドレスをすべて (区切りは「、」) ご記入ください。");
    }
    String phone = items.getOrDefault(PHONE, "").replaceAll("[-‐ー－\\s]", "");
    if (!phone.isEmpty() && !PHONE_NUMBER.matcher(phone).matches()) {
      problems.add("「" + PHONE + "」は、市外局番からの数字 (10桁または11桁) でご記入ください。");
    }
    return problems;
  }

  /** The carrier's own payment reference: what the support desk can look up. */
  private static Optional<String> paymentProblem(String carrier, String payment) {
    String lower = carrier.toLowerCase();
    if (lower.equals("docomo") || carrier.equals("ドコモ")) {
      return payment.matches("[0-9]{12}")
          ? Optional.empty()
          : Optional.of(
              "docomoの方は、「"
                  + PAYMENT
                  + "」に【12桁の決済番号】をご記入ください (My docomoの「電話料金合算払い【ご利用履歴・お支払い明細】」で確認できます)。");
    }
    if (lower.equals("au")) {
      if (MOBILE_NUMBER.matcher(payment).matches()) {
        return Optional.of("auの方は、端末のお電話番号では調査できません。「" + PAYMENT + "」に【11桁の継続課金ID】をご記入ください。");
      }
      if (DIGITS.matcher(payment).matches() && payment.length() > 11) {
        return Optional.of("auの方は、11桁以上の決済情報番号では調査できません。「" + PAYMENT + "」に【11桁の継続課金ID】をご記入ください。");
      }
      return payment.matches("[0-9]{11}")
          ? Optional.empty()
          : Optional.of(
              "auの方は、「" + PAYMENT + "」に【11桁の継続課金ID】をご記入ください (auかんたん決済メニュー>[継続利用サービス一覧])。");
    }
    if (lower.equals("softbank") || carrier.equals("ソフトバンク")) {
      return ORDER_NUMBER.matcher(payment).matches() && !PHONE_NUMBER.matcher(payment).matches()
          ? Optional.empty()
          : Optional.of(
              "SoftBankの方は、「" + PAYMENT + "」に【注文番号】をご記入ください (My Softbankの[まとめて支払い]>[ご利用履歴])。");
    }
    return Optional.of("「" + CARRIER + "」は、docomo・au・SoftBankのいずれかをご記入ください (携帯会社の情報だけではご照会できません)。");
  }

  /** Other inquiries for the same 会員番号 from another sender: 複数アドレスからのお問い合わせ. */
  private static List<String> otherSenders(
      Mail mail, Map<String, String> items, List<Mail> received) {
    String number = items.getOrDefault(MEMBER_NUMBER, "");
    if (number.isEmpty()) {
      return List.of();
    }
    return received.stream()
        .filter(other -> !other.id().equals(mail.id()))
        .filter(other -> !other.fromAddress().equalsIgnoreCase(mail.fromAddress()))
        .filter(other -> number.equals(items(other.body()).get(MEMBER_NUMBER)))
        .map(Mail::fromAddress)
        .distinct()
        .map(
            other ->
                "同じ会員番号のお問い合わせが、別のメールアドレス ("
                    + other
                    + ") からも届いています。複数アドレスからのお問い合わせはお控えいただき、一つのアドレスでお待ちいただくようご案内ください。")
        .toList();
  }

  /** The template's lines 「・項目：記入」, by item (the FAQ's ★ marks ignored). */
  static Map<String, String> items(String body) {
    Map<String, String> items = new LinkedHashMap<>();
    for (String line : body.split("\\R")) {
      String text = line.strip();
      if (!text.startsWith("・")) {
        continue;
      }
      int colon = firstColon(text);
      if (colon < 0) {
        continue;
      }
      String label = text.substring(1, colon).replace("★1", "").replace("★2", "").strip();
      String value = text.substring(colon + 1).strip();
      ITEMS.stream()
          .filter(item -> Objects.equals(item, label))
          .findFirst()
          .ifPresent(item -> items.put(item, value));
    }
    return items;
  }

  private static int firstColon(String text) {
    int full = text.indexOf('：');
    int half = text.indexOf(": ");
    if (full < 0) {
      return half;
    }
    return half < 0 ? full : Math.min(full, half);
  }

  private static String digitsOrText(String value) {
    String digits = value.replaceAll("[-‐ー－\\s]", "");
    return DIGITS.matcher(digits).matches() ? digits : value;
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text, YYYYMMDD);
      return text.length() == 8;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
