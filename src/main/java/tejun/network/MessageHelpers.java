package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Handlebars helpers the webmail and the phone draw their pages with, reading the network's
 * mailbox and phone (their text HTML-escaped, since WireMock's Handlebars does not escape):
 *
 * <ul>
 *   <li>{@code {{#each (mailbox request.query.to.0)}}}: an address's mails, newest first ({@code
 *       uid, from, fromName, fromAddress, to, subject, body, sentAt, address});
 *   <li>{@code {{#with (mail request.query.to.0 request.query.uid.0)}}}: one of them;
 *   <li>{@code {{#each (phone-messages request.query.number.0 kind='sms')}}}: a number's SMS or
 *       calls ({@code kind='voice'}), or both without {@code kind}, newest first ({@code id, kind,
 *       kindName, from, text, time, number});
 *   <li>{@code {{#with (phone-message request.query.number.0 request.query.id.0)}}}: one of them;
 *   <li>{@code {{#with (phone-line request.query.number.0)}}}: {@code number, valid, mobile} and
 *       {@code kind} (携帯電話 or 固定電話);
 *   <li>{@code {{digits-aloud '12345'}}}: {@code 1、2、3、4、5}, digits as a voice reads them out;
 *   <li>{@code {{#with (mailto request.query.url.0)}}}: a {@code mailto:} link's {@code to,
 *       subject, body}, as a mail program fills its compose form from it (nothing for another
 *       link);
 *   <li>{@code {{#with (mail-check request.query.to.0 request.query.uid.0)}}}: the {@link
 *       MailCheck} for that mailbox on one of its mails ({@code title, complete, problems}), or
 *       nothing when no check reads that mailbox.
 * </ul>
 */
final class MessageHelpers {
  private MessageHelpers() {}

  static Map<String, Helper<?>> of(
      SimulatedMailbox mailbox, SimulatedPhone phone, List<MailCheck> checks) {
    return Map.of(
        "mailbox",
        (Object address, Options options) ->
            mailbox.messagesTo(text(address)).stream()
                .map(SimulatedMailbox.Mail::forTemplate)
                .toList(),
        "mail",
        (Object address, Options options) ->
            mailbox
                .mail(text(address), number(options.param(0, null)))
                .map(SimulatedMailbox.Mail::forTemplate)
                .orElse(null),
        "phone-messages",
        (Object number, Options options) ->
            phone
                .messagesTo(
                    text(number), SimulatedPhone.Kind.of(text(options.hash("kind"))).orElse(null))
                .stream()
                .map(SimulatedPhone.Message::forTemplate)
                .toList(),
        "phone-message",
        (Object number, Options options) ->
            phone
                .message(text(number), number(options.param(0, null)))
                .map(SimulatedPhone.Message::forTemplate)
                .orElse(null),
        "phone-line",
        (Object number, Options options) -> line(text(number)),
        "digits-aloud",
        (Object digits, Options options) ->
            text(digits)
                .codePoints()
                .mapToObj(Character::toString)
                .collect(Collectors.joining("、")),
        "mailto",
        (Object link, Options options) -> mailto(text(link)),
        "mail-check",
        (Object address, Options options) ->
            check(mailbox, checks, text(address), number(options.param(0, null))));
  }

  private static Map<String, Object> mailto(String link) {
    try {
      MailtoLink mailto = MailtoLink.parse(link);
      return Map.of(
          "to", html(mailto.to()), "subject", html(mailto.subject()), "body", html(mailto.body()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Object> check(
      SimulatedMailbox mailbox, List<MailCheck> checks, String address, long uid) {
    Optional<MailCheck> check =
        checks.stream().filter(c -> c.mailbox().equalsIgnoreCase(address)).findFirst();
    Optional<SimulatedMailbox.Mail> mail = mailbox.mail(address, uid);
    if (check.isEmpty() || mail.isEmpty()) {
      return null;
    }
    List<String> problems =
        check.get().problems(mail.get(), mailbox.messagesTo(address)).stream()
            .map(MessageHelpers::html)
            .toList();
    return Map.of(
        "title", html(check.get().title()), "complete", problems.isEmpty(), "problems", problems);
  }

  private static Map<String, Object> line(String number) {
    boolean mobile = SimulatedPhone.isMobile(number);
    return Map.of(
        "number",
        html(number),
        "valid",
        SimulatedPhone.isNumber(number),
        "mobile",
        mobile,
        "kind",
        mobile ? "携帯電話" : "固定電話");
  }

  /** WireMock's Handlebars does not escape: what the helpers give pages is escaped here. */
  static String html(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  /** A number from a query (a uid or an id), or -1, which matches nothing. */
  private static long number(Object value) {
    try {
      return Long.parseLong(text(value));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
