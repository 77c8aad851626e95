package tejun.network;

import static tejun.network.MessageHelpers.html;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import tejun.HarnessException;

/**
 * The customers' mailboxes: a real mail server (GreenMail, SMTP and IMAP on 127.0.0.1, free ports)
 * for one simulated network. Sites send real MIME mail to it over SMTP; the webmail, the hooks and
 * a person's own mail client read it back. A mail reaches only the addresses it was sent to, dated
 * by the network's clock; a mail sent for later is held until the clock reaches its time. A reset
 * empties every mailbox and drops what was held.
 */
public final class SimulatedMailbox implements AutoCloseable {
  public static final String HOST = "127.0.0.1";

  /** What Japanese senders still encode subjects, names and plain text in. */
  static final String JAPANESE = "ISO-2022-JP";

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.JAPAN).withZone(JAPAN);
  private static final Comparator<Mail> OLDEST_FIRST =
      Comparator.comparing(Mail::received).thenComparing(Mail::uid);

  /** An address in a mail's text, which the webmail makes a link, as mail programs do. */
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private final GreenMail server;
  private final SimulatedClock clock;
  private final List<Held> held = new ArrayList<>();

  /** A mail a site sends: each part as the stub rendered it. */
  public record Outgoing(String from, String to, String subject, String body) {}

  /** A mail held until the clock reaches {@code due}. */
  private record Held(Instant due, Outgoing mail) {}

  /**
   * A mail in a customer's mailbox, decoded as a mail program shows it: {@code address} is the
   * mailbox it is in, {@code to} its To header. {@code id} is unique within the mail server, {@code
   * uid} within the addressee's inbox.
   */
  public record Mail(
      String id,
      String address,
      long uid,
      String fromName,
      String fromAddress,
      String to,
      String subject,
      String body,
      Instant sent,
      Instant received) {

    /** The sender as a mail program shows it: name and address. */
    public String from() {
      return fromName.isEmpty() ? fromAddress : fromName + " <" + fromAddress + ">";
    }

    /** When it was sent, in Japan's time, as the webmail shows it. */
    public String date() {
      return SHOWN.format(sent);
    }

    /**
     * Values for the webmail's pages, HTML-escaped (WireMock's Handlebars does not escape), so a
     * sender such as {@code 見本 <a@example.jp>} shows as written.
     */
    Map<String, Object> forTemplate() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", html(id));
      values.put("address", html(address));
      values.put("uid", uid);
      values.put("from", html(from()));
      values.put("fromName", html(fromName.isEmpty() ? fromAddress : fromName));
      values.put("fromAddress", html(fromAddress));
      values.put("to", html(to));
      values.put("subject", html(subject));
      values.put("body", html(body));
      values.put("bodyWithLinks", LINK.matcher(html(body)).replaceAll("<a href=\"$0\">$0</a>"));
      values.put("sentAt", date());
      return values;
    }
  }

  private SimulatedMailbox(GreenMail server, SimulatedClock clock) {
    this.server = server;
    this.clock = clock;
  }

  /** Starts SMTP and IMAP on free loopback ports; mail is dated by {@code clock}. */
  public static SimulatedMailbox start(SimulatedClock clock) {
    GreenMail server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP)
            });
    try {
      server.start();
    } catch (RuntimeException e) {
      server.stop();
      throw new HarnessException(
          "The simulated mailbox (GreenMail) cannot listen on " + HOST + ": " + e.getMessage(), e);
    }
    return new SimulatedMailbox(server, clock);
  }

  public int smtpPort() {
    return server.getSmtp().getPort();
  }

  public int imapPort() {
    return server.getImap().getPort();
  }

  /**
   * Sends a real MIME mail over SMTP: subject and sender's name B-encoded in ISO-2022-JP, the text
   * in ISO-2022-JP (UTF-8 when it has characters ISO-2022-JP lacks).
   *
   * @throws IllegalArgumentException when {@code from} or {@code to} is not a mail address
   */
  public void send(Outgoing mail) {
    send(mail, clock.instant());
  }

  /**
   * Sends {@code mail} once {@code after} has passed on the clock: held until then (at once when it
   * has no length).
   *
   * @throws IllegalArgumentException when {@code from} or {@code to} is not a mail address
   */
  public void sendAfter(Outgoing mail, Duration after) {
    address("from", mail.from());
    addresses(mail.to());
    synchronized (held) {
      held.add(new Held(clock.instant().plus(after), mail));
    }
    deliverDue();
  }

  /** Sends every held mail whose time the clock has reached, in the order they fell due. */
  public void deliverDue() {
    List<Held> due;
    synchronized (held) {
      due = held.stream().filter(h -> clock.reached(h.due())).toList();
      held.removeAll(due);
    }
    due.stream().sorted(Comparator.comparing(Held::due)).forEach(h -> send(h.mail(), h.due()));
  }

  /** The mails held for later, soonest first. */
  public List<Outgoing> held() {
    synchronized (held) {
      return held.stream().sorted(Comparator.comparing(Held::due)).map(Held::mail).toList();
    }
  }

  private void send(Outgoing mail, Instant sent) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", HOST);
    properties.put("mail.smtp.port", String.valueOf(smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(japanese(address("from", mail.from())));
      InternetAddress[] to = addresses(mail.to());
      for (int i = 0; i < to.length; i++) {
        to[i] = japanese(to[i]);
      }
      message.setRecipients(RecipientType.TO, to);
      String subject = mail.subject();
      message.setHeader(
          "Subject",
          MimeUtility.fold(9, MimeUtility.encodeText(subject, charsetFor(subject), "B")));
      message.setText(mail.body(), charsetFor(mail.body()));
      message.setSentDate(Date.from(sent));
      Transport.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("模擬メールサーバーに送れません: " + e.getMessage(), e);
    }
  }

  /** The mails in {@code address}'s inbox, newest first; none for an address never mailed. */
  public List<Mail> messagesTo(String address) {
    if (address == null || address.isBlank()) {
      return List.of();
    }
    GreenMailUser user = users().getUserByEmail(address.strip());
    if (user == null) {
      return List.of();
    }
    List<Mail> mails = new ArrayList<>(inbox(user));
    mails.sort(OLDEST_FIRST.reversed());
    return mails;
  }

  /** One mail of {@code address}'s inbox, by its uid. */
  public Optional<Mail> mail(String address, long uid) {
    return messagesTo(address).stream().filter(m -> m.uid() == uid).findFirst();
  }

  /** Every mail in every mailbox, oldest first. */
  public List<Mail> received() {
    return users().listUser().stream()
        .flatMap(u -> inbox(u).stream())
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /** Every mailbox emptied and forgotten, as if nobody had ever been mailed; nothing held. */
  public void reset() {
    synchronized (held) {
      held.clear();
    }
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("模擬メールボックスを空にできません: " + e.getMessage(), e);
    }
    UserManager users = users();
    new ArrayList<>(users.listUser()).forEach(users::deleteUser);
  }

  @Override
  public void close() {
    server.stop();
  }

  private UserManager users() {
    return server.getUserManager();
  }

  private List<Mail> inbox(GreenMailUser user) {
    try {
      return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(m -> read(user.getEmail(), m))
          .toList();
    } catch (FolderException e) {
      throw new IllegalStateException("模擬メールボックスを読めません: " + e.getMessage(), e);
    }
  }

  private static Mail read(String mailbox, StoredMessage stored) {
    MimeMessage message = stored.getMimeMessage();
    try {
      InternetAddress from = firstAddress(message.getFrom());
      Date sent = message.getSentDate() != null ? message.getSentDate() : stored.getReceivedDate();
      Address[] to = message.getRecipients(RecipientType.TO);
      return new Mail(
          mailbox + "#" + stored.getUid(),
          mailbox,
          stored.getUid(),
          from == null || from.getPersonal() == null ? "" : from.getPersonal(),
          from == null ? "" : from.getAddress(),
          to == null ? mailbox : InternetAddress.toUnicodeString(to),
          message.getSubject() == null ? "" : message.getSubject(),
          text(message).replace("\r\n", "\n").stripTrailing(),
          sent.toInstant(),
          stored.getReceivedDate().toInstant());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("模擬メールを読めません (" + mailbox + "): " + e.getMessage(), e);
    }
  }

  private static InternetAddress firstAddress(Address[] addresses) {
    return addresses != null && addresses.length > 0 && addresses[0] instanceof InternetAddress a
        ? a
        : null;
  }

  /** The text a person reads: the plain-text part, decoded from its charset. */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
      return texts.isEmpty() ? "" : texts.get(0);
    }
    if (part.isMimeType("text/html")) {
      return part.getContent().toString().replaceAll("<[^>]*>", "").strip();
    }
    return "";
  }

  private static String charsetFor(String text) {
    return Charset.forName(JAPANESE).newEncoder().canEncode(text) ? JAPANESE : "UTF-8";
  }

  private static InternetAddress address(String what, String text) {
    InternetAddress[] parsed = addresses(text);
    if (parsed.length != 1) {
      throw new IllegalArgumentException("\"" + what + "\" は1つのメールアドレスにしてください: 「" + text + "」");
    }
    return parsed[0];
  }

  private static InternetAddress[] addresses(String text) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(text == null ? "" : text, true);
      for (InternetAddress a : parsed) {
        a.validate();
      }
      if (parsed.length == 0) {
        throw new AddressException("no address");
      }
      return parsed;
    } catch (AddressException e) {
      throw new IllegalArgumentException("「" + text + "」はメールアドレスではありません", e);
    }
  }

  /** The address with its display name encoded as Japanese senders do. */
  private static InternetAddress japanese(InternetAddress address)
      throws UnsupportedEncodingException {
    String name = address.getPersonal();
    return name == null
        ? address
        : new InternetAddress(address.getAddress(), name, charsetFor(name));
  }
}
