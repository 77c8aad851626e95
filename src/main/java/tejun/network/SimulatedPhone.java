package tejun.network;

import static tejun.network.MessageHelpers.html;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The customers' phones on one simulated network: the SMS and voice calls the sites send, per phone
 * number. Numbers follow Japanese numbering: 070, 080 and 090 are mobiles, which receive SMS and
 * calls; any other number is a fixed line, which receives calls only, so an SMS to it is not
 * delivered.
 */
public final class SimulatedPhone {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.JAPAN)
          .withZone(ZoneId.of("Asia/Tokyo"));

  /** What reaches a phone: a text message, or a call whose voice reads out {@code text}. */
  public enum Kind {
    SMS("sms", "SMS"),
    VOICE("voice", "着信");

    private final String code;
    private final String shown;

    Kind(String code, String shown) {
      this.code = code;
      this.shown = shown;
    }

    /** As stubs and the report write it: {@code sms} or {@code voice}. */
    public String code() {
      return code;
    }

    public static Optional<Kind> of(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * An SMS or a call as the phone shows it: {@code to} is the number as dialled, {@code from} the
   * sender's name, {@code text} the message or the words the voice reads out. {@code id} counts up
   * from 1 on each network.
   */
  public record Message(long id, String to, Kind kind, String from, String text, Instant at) {
    public String time() {
      return SHOWN.format(at);
    }

    /** Values for the phone's pages, HTML-escaped (WireMock's Handlebars does not escape). */
    Map<String, Object> forTemplate() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", id);
      values.put("number", html(to));
      values.put("kind", kind.code());
      values.put("kindName", kind.shown);
      values.put("from", html(from));
      values.put("text", html(text));
      values.put("time", time());
      return values;
    }
  }

  private final List<Message> messages = new ArrayList<>();
  private final SimulatedClock clock;
  private long lastId;

  /** Phones whose messages are timed by {@code clock}. */
  public SimulatedPhone(SimulatedClock clock) {
    this.clock = clock;
  }

  /**
   * Delivers an SMS or a call to {@code to}; an SMS to a fixed line is not delivered, and nothing
   * is recorded for it.
   *
   * @return whether it reached the phone
   * @throws IllegalArgumentException when {@code to} is not a Japanese phone number
   */
  public synchronized boolean receive(String to, Kind kind, String from, String text) {
    if (!isNumber(to)) {
      throw new IllegalArgumentException("「" + to + "」は日本の電話番号ではありません (0で始まる10桁か11桁、ハイフンは任意)");
    }
    if (kind == Kind.SMS && !isMobile(to)) {
      return false;
    }
    messages.add(new Message(++lastId, to.strip(), kind, from, text, clock.instant()));
    return true;
  }

  /**
   * What {@code number} received, newest first (of one kind, or both when {@code kind} is null).
   */
  public synchronized List<Message> messagesTo(String number, Kind kind) {
    String digits = digits(number);
    List<Message> found = new ArrayList<>();
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message m = messages.get(i);
      if (digits(m.to()).equals(digits) && (kind == null || m.kind() == kind)) {
        found.add(m);
      }
    }
    return found;
  }

  public synchronized Optional<Message> message(String number, long id) {
    return messagesTo(number, null).stream().filter(m -> m.id() == id).findFirst();
  }

  /** Everything every phone received, oldest first. */
  public synchronized List<Message> received() {
    return List.copyOf(messages);
  }

  /** Every phone back to no messages and no calls. */
  public synchronized void reset() {
    messages.clear();
    lastId = 0;
  }

  /** A Japanese number: 0 and 9 more digits (fixed) or 10 (mobile), hyphens and spaces allowed. */
  public static boolean isNumber(String number) {
    return digits(number).matches("0\\d{9,10}");
  }

  /** 070, 080 or 090 and 8 more digits: a mobile, which receives SMS. */
  public static boolean isMobile(String number) {
    return digits(number).matches("0[789]0\\d{8}");
  }

  /** The digits a person dials: full-width digits read as digits, separators and +81 dropped. */
  static String digits(String number) {
    if (number == null) {
      return "";
    }
    String plain = Normalizer.normalize(number, Normalizer.Form.NFKC).strip();
    if (plain.startsWith("+81")) {
      plain = "0" + plain.substring(3);
    }
    return plain.replaceAll("[\\s\\-‐−ー()（）]", "");
  }
}
