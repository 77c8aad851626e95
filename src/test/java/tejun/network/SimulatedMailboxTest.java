package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tejun.network.SimulatedMailbox.Mail;
import tejun.network.SimulatedMailbox.Outgoing;

/** The customers' mailbox: a real mail server that Japanese mail goes through and comes back. */
class SimulatedMailboxTest {
  private static final String DOCOMO = "株式会社NTTドコモ <no-reply@docomo.example>";
  private final SimulatedClock clock = new SimulatedClock(SimulatedClock.DEFAULT_START);
  private SimulatedMailbox mailbox;

  @BeforeEach
  void start() {
    mailbox = SimulatedMailbox.start(clock);
  }

  @AfterEach
  void stop() {
    mailbox.close();
  }

  @Test
  void aMailReachesOnlyItsAddressee() {
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "お知らせ", "本文"));

    assertThat(mailbox.messagesTo("ichiro@customer.example")).hasSize(1);
    assertThat(mailbox.messagesTo("hanako@customer.example")).isEmpty();
    assertThat(mailbox.received())
        .extracting(Mail::address)
        .containsExactly("ichiro@customer.example");
  }

  @Test
  void aJapaneseSubjectTravelsAsIso2022JpBEncodedAndReadsBackAsWritten() throws Exception {
    String subject = "【dアカウント】確認コードのお知らせ";
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", subject, "確認コード：123456\nドコモ"));

    MimeMessage sent = overImap("ichiro@customer.example");
    assertThat(sent.getHeader("Subject")[0]).startsWith("=?ISO-2022-JP?B?");
    assertThat(sent.getHeader("From")[0]).startsWith("=?ISO-2022-JP?B?");
    assertThat(sent.getContentType()).containsIgnoringCase("charset=ISO-2022-JP");
    assertThat(sent.getSubject()).isEqualTo(subject);

    Mail read = mailbox.messagesTo("ichiro@customer.example").get(0);
    assertThat(read.subject()).isEqualTo(subject);
    assertThat(read.fromName()).isEqualTo("株式会社NTTドコモ");
    assertThat(read.fromAddress()).isEqualTo("no-reply@docomo.example");
    assertThat(read.body()).isEqualTo("確認コード：123456\nドコモ");
  }

  @Test
  void textIso2022JpCannotCarryGoesAsUtf8() {
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "①のご案内", "😀 ①"));

    Mail read = mailbox.messagesTo("ichiro@customer.example").get(0);
    assertThat(read.subject()).isEqualTo("①のご案内");
    assertThat(read.body()).isEqualTo("😀 ①");
  }

  @Test
  void anInboxListsTheNewestFirst() {
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "1通目", "本文"));
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "2通目", "本文"));

    assertThat(mailbox.messagesTo("ichiro@customer.example"))
        .extracting(Mail::subject)
        .containsExactly("2通目", "1通目");
  }

  @Test
  void aResetEmptiesEveryMailbox() {
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "お知らせ", "本文"));
    mailbox.reset();

    assertThat(mailbox.messagesTo("ichiro@customer.example")).isEmpty();
    assertThat(mailbox.received()).isEmpty();
  }

  @Test
  void aMailIsDatedByTheNetworksClock() throws Exception {
    clock.advance(Duration.ofDays(1));
    mailbox.send(new Outgoing(DOCOMO, "ichiro@customer.example", "お知らせ", "本文"));

    assertThat(overImap("ichiro@customer.example").getSentDate().toInstant())
        .isEqualTo(clock.instant());
    assertThat(mailbox.messagesTo("ichiro@customer.example").get(0).date())
        .isEqualTo("2026/04/02 10:00:00");
  }

  @Test
  void aMailSentForLaterArrivesOnceTheClockReachesItsTimeDatedThen() {
    mailbox.sendAfter(
        new Outgoing(DOCOMO, "ichiro@customer.example", "工事完了", "本文"), Duration.ofHours(1));
    mailbox.deliverDue();
    assertThat(mailbox.received()).isEmpty();
    assertThat(mailbox.held()).extracting(Outgoing::subject).containsExactly("工事完了");

    clock.advance(Duration.ofMinutes(59));
    mailbox.deliverDue();
    assertThat(mailbox.received()).isEmpty();

    clock.advance(Duration.ofDays(7));
    mailbox.deliverDue();
    Mail arrived = mailbox.messagesTo("ichiro@customer.example").get(0);
    assertThat(arrived.subject()).isEqualTo("工事完了");
    assertThat(arrived.date()).isEqualTo("2026/04/01 11:00:00");
    assertThat(mailbox.held()).isEmpty();
  }

  @Test
  void heldMailArrivesInTheOrderItFellDue() {
    mailbox.sendAfter(
        new Outgoing(DOCOMO, "ichiro@customer.example", "2通目", "本文"), Duration.ofDays(2));
    mailbox.sendAfter(
        new Outgoing(DOCOMO, "ichiro@customer.example", "1通目", "本文"), Duration.ofDays(1));
    clock.advance(Duration.ofDays(3));
    mailbox.deliverDue();

    assertThat(mailbox.received()).extracting(Mail::subject).containsExactly("1通目", "2通目");
  }

  @Test
  void aMailSentForNoTimeAtAllArrivesAtOnce() {
    mailbox.sendAfter(new Outgoing(DOCOMO, "ichiro@customer.example", "お知らせ", "本文"), Duration.ZERO);

    assertThat(mailbox.messagesTo("ichiro@customer.example")).hasSize(1);
  }

  @Test
  void aResetDropsWhatWasHeld() {
    mailbox.sendAfter(
        new Outgoing(DOCOMO, "ichiro@customer.example", "工事完了", "本文"), Duration.ofHours(1));
    mailbox.reset();
    clock.advance(Duration.ofHours(2));
    mailbox.deliverDue();

    assertThat(mailbox.held()).isEmpty();
    assertThat(mailbox.received()).isEmpty();
  }

  @Test
  void aMailForLaterToSomethingThatIsNotAnAddressIsRefusedAtOnce() {
    assertThatThrownBy(
            () -> mailbox.sendAfter(new Outgoing(DOCOMO, "", "お知らせ", "本文"), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("メールアドレスではありません");
    assertThat(mailbox.held()).isEmpty();
  }

  @Test
  void somethingThatIsNotAnAddressIsRefused() {
    assertThatThrownBy(() -> mailbox.send(new Outgoing(DOCOMO, "", "お知らせ", "本文")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("メールアドレスではありません");
  }

  /** As a mail client reads it: IMAP on loopback, the address as user name and password. */
  private MimeMessage overImap(String address) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.imap.host", SimulatedMailbox.HOST);
    properties.put("mail.imap.port", String.valueOf(mailbox.imapPort()));
    Store store = Session.getInstance(properties).getStore("imap");
    store.connect(address, address);
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      assertThat(messages).hasSize(1);
      return new MimeMessage((MimeMessage) messages[0]);
    } finally {
      store.close();
    }
  }
}
