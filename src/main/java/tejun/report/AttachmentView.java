package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.records.BrowserRecord;
import tejun.records.MessageRecord;
import tejun.records.NetworkRecord;

/**
 * What one attachment shows (the partial {@code report/attachment.hbs}): images inline, text shown,
 * tejun's JSON as tables and cards, the rest as links. Exactly one of the parts is set.
 */
final class AttachmentView {
  /** Text longer than this is stored as a file and only its start is shown. */
  static final int INLINE_TEXT_LIMIT = 20_000;

  private final FileStore files;

  AttachmentView(FileStore files) {
    this.files = files;
  }

  record Shown(
      String cssClass,
      String mediaType,
      Link external,
      Network network,
      Message message,
      String browserNote,
      Image image,
      Uris uris,
      Source source,
      Text text,
      Download download) {
    /** The same, with a class on its block (such as one the print style hides). */
    Shown withClass(String css) {
      return new Shown(
          css,
          mediaType,
          external,
          network,
          message,
          browserNote,
          image,
          uris,
          source,
          text,
          download);
    }
  }

  record Link(String label, String href, String mediaType) {}

  /**
   * A screenshot; {@code framed} when it is the screen before a step's action, with a red frame
   * around each element the step acted on.
   */
  record Image(String href, String alt, String caption, boolean framed, List<Frame> frames) {}

  /**
   * A frame over an image, in percent of the image's width and height: {@code kind} is {@code
   * action} (what the step acted on, red) or {@code compared} (words it compared, blue).
   */
  record Frame(String kind, String left, String top, String width, String height) {}

  record Network(String caption, List<Connection> connections, String route) {}

  record Connection(String name, String status) {}

  /** A mail, SMS or call. */
  record Message(String kind, String title, List<Field> head, String body) {}

  record Field(String label, String value) {}

  record Uris(String label, List<Uri> items) {}

  record Uri(String text, boolean link) {}

  record Source(String label, String href, String size) {}

  record Text(String label, String text, boolean nearMiss, String fullHref) {}

  record Download(String label, String href, String fileName, String mediaType, String size) {}

  /** {@code where} names when a screenshot was taken, e.g. "失敗したとき" gives 「失敗したときの画面」. */
  Shown show(Attachment a, String where) {
    return show(a, where + "の画面", where + "の画面");
  }

  /** A screenshot (an image named 画面) gets this caption and this alternative text. */
  Shown show(Attachment a, String screenCaption, String screenAlt) {
    return show(a, screenCaption, screenAlt, Optional.empty());
  }

  /**
   * A screen with the frames of {@code frames} drawn over it: the red ones of what the step acted
   * on over the screen before it, the blue ones of the words it compared over the screen after.
   */
  Shown show(Attachment a, String screenCaption, String screenAlt, Optional<Attachment> frames) {
    String type = Attachments.mediaType(a);
    String name = Attachments.name(a);
    Optional<String> url = Attachments.externalUrl(a);
    if (url.isPresent()) {
      return new Shown(
          "",
          type,
          new Link(name.isEmpty() ? "添付" : name, url.get(), type),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    if (type.equals(Attachments.TEJUN_NETWORK)) {
      Optional<Network> network = network(a, name);
      if (network.isPresent()) {
        return new Shown("", type, null, network.get(), null, null, null, null, null, null, null);
      }
    }
    if (type.equals(Attachments.TEJUN_MESSAGE)) {
      Optional<Message> message = message(a);
      if (message.isPresent()) {
        return new Shown("", type, null, null, message.get(), null, null, null, null, null, null);
      }
    }
    Optional<BrowserRecord> browser = Attachments.browser(a);
    if (browser.isPresent()) {
      return new Shown(
          "", type, null, null, null, browser.get().describe(), null, null, null, null, null);
    }
    if (Attachments.isImage(type)) {
      return new Shown(
          "",
          type,
          null,
          null,
          null,
          null,
          image(a, name, screenCaption, screenAlt, frames),
          null,
          null,
          null,
          null);
    }
    if (type.equals(ScenarioRecords.URL_TYPE)) {
      return new Shown("", type, null, null, null, null, null, uris(a, name), null, null, null);
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      String label = name.isEmpty() ? "記録されたHTML" : name;
      byte[] bytes = Attachments.bytes(a);
      Source source =
          new Source(label, files.storeSourceView(bytes, label), Formats.bytes(bytes.length));
      return new Shown("", type, null, null, null, null, null, null, source, null, null);
    }
    if (Attachments.isText(type)) {
      return new Shown(
          "", type, null, null, null, null, null, null, null, text(a, name, type), null);
    }
    return new Shown(
        "", type, null, null, null, null, null, null, null, null, download(a, name, type));
  }

  private Image image(
      Attachment a,
      String name,
      String screenCaption,
      String screenAlt,
      Optional<Attachment> frames) {
    byte[] bytes = Attachments.bytes(a);
    String href = files.store(bytes, Attachments.extension(a));
    if (name.equals(ScenarioRecords.SCREENSHOT_NAME)
        || name.equals(ScenarioRecords.BEFORE_ACTION_NAME)) {
      boolean before = name.equals(ScenarioRecords.BEFORE_ACTION_NAME);
      return new Image(
          href,
          screenAlt,
          screenCaption,
          before,
          frames
              .map(f -> before ? Frames.over(bytes, f) : Frames.compared(bytes, f))
              .orElse(List.of()));
    }
    String caption = name.isEmpty() ? "添付画像" : name;
    return new Image(href, caption, caption, false, List.of());
  }

  private static Uris uris(Attachment a, String name) {
    List<Uri> items = new ArrayList<>();
    for (String line : Attachments.text(a).split("\\R")) {
      String uri = line.strip();
      if (!uri.isEmpty() && !uri.startsWith("#")) {
        items.add(new Uri(uri, uri.matches("(?i)(https?|file):.*")));
      }
    }
    return new Uris(name.isEmpty() ? "リンク" : name, items);
  }

  private Text text(Attachment a, String name, String type) {
    String text = Attachments.stripAnsi(Attachments.text(a));
    boolean nearMiss = name.equals(ScenarioRecords.NEAR_MISS_NAME);
    String label =
        name.isEmpty() ? (type.equals("text/x.cucumber.log+plain") ? "ログ" : "添付テキスト") : name;
    if (nearMiss) {
      label = name + "（最も近かった模擬応答と、合わなかった理由）";
    }
    if (text.length() <= INLINE_TEXT_LIMIT) {
      return new Text(label, text, nearMiss, null);
    }
    return new Text(
        label,
        text.substring(0, INLINE_TEXT_LIMIT) + "\n…",
        nearMiss,
        files.storeSourceView(Attachments.bytes(a), label));
  }

  private Download download(Attachment a, String name, String type) {
    byte[] bytes = Attachments.bytes(a);
    return new Download(
        name.isEmpty() ? "添付ファイル" : name,
        files.store(bytes, Attachments.extension(a)),
        name.isEmpty() ? null : name,
        type,
        Formats.bytes(bytes.length));
  }

  /**
   * The simulated PC's connections and route: each connection → 接続済み / 切断 / 使われていません, and the route
   * as 通信経路.
   */
  private static Optional<Network> network(Attachment a, String name) {
    return Attachments.record(a, NetworkRecord.class)
        .map(
            n ->
                new Network(
                    (name.isEmpty() ? ScenarioRecords.NETWORK_NAME : name) + "（この手順で変わった状態）",
                    n.connections().stream()
                        .map(c -> new Connection(c.name(), c.status()))
                        .toList(),
                    n.route()));
  }

  private static Optional<Message> message(Attachment a) {
    return Attachments.record(a, MessageRecord.class).map(AttachmentView::message);
  }

  private static Message message(MessageRecord m) {
    String title =
        switch (m.kind()) {
          case MAIL -> "受信したメール";
          case SMS -> "受信したSMS";
          case VOICE -> "音声で伝えられた内容";
        };
    List<Field> head = new ArrayList<>();
    field(head, "宛先", m.to());
    field(head, "差出人", m.from());
    field(head, "件名", m.subject());
    return new Message(m.kind().code(), title, head, m.body());
  }

  private static void field(List<Field> head, String label, String value) {
    if (value != null && !value.isBlank()) {
      head.add(new Field(label, value));
    }
  }
}
