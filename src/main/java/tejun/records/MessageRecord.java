package tejun.records;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A mail, SMS or call the customer received ({@link tejun.ScenarioRecords#MESSAGE_TYPE}).
 *
 * @param subject a mail's subject; empty for an SMS or a call
 * @param body a mail's or an SMS's text, or what a call said
 */
public record MessageRecord(Kind kind, String to, String from, String subject, String body) {
  public enum Kind {
    MAIL,
    SMS,
    VOICE;

    /** As the record names it, and the report's style sheet: {@code message-mail}. */
    @JsonValue
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
