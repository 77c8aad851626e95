package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.ScenarioRecords;

/**
 * Renders one attachment: images inline, text shown, tejun's JSON as tables and cards, the rest as
 * links.
 */
final class AttachmentView {
  /** Text longer than this is stored as a file and only its start is shown. */
  static final int INLINE_TEXT_LIMIT = 20_000;

  private final FileStore files;

  AttachmentView(FileStore files) {
    this.files = files;
  }

  /** {@code where} names when a screenshot was taken, e.g. "失敗したとき" gives 「失敗したときの画面」. */
  void render(Html h, Attachment a, String where) {
    render(h, a, where + "の画面", where + "の画面");
  }

  /** A screenshot (an image named 画面) gets this caption and this alternative text. */
  void render(Html h, Attachment a, String screenCaption, String screenAlt) {
    String type = Attachments.mediaType(a);
    String name = Attachments.name(a);
    h.open("div", "class", "attachment", "data-media-type", type);
    Optional<String> url = Attachments.externalUrl(a);
    if (url.isPresent()) {
      h.open("p", "class", "download")
          .text((name.isEmpty() ? "添付" : name) + ": ")
          .el("a", url.get(), "href", url.get(), "class", "url")
          .text("（" + type + "）")
          .close("p");
      h.close("div").nl();
      return;
    }
    if (type.equals(Attachments.TEJUN_NETWORK) && network(h, a, name)) {
      h.close("div").nl();
      return;
    }
    if (type.equals(Attachments.TEJUN_MESSAGE) && message(h, a, name)) {
      h.close("div").nl();
      return;
    }
    if (type.equals(Attachments.TEJUN_BROWSER) && BrowserInfo.of(a).isPresent()) {
      h.el("p", "ブラウザ: " + BrowserInfo.of(a).get().describe(), "class", "browser-note");
    } else if (Attachments.isImage(type)) {
      image(h, a, name, screenCaption, screenAlt);
    } else if (type.equals(ScenarioRecords.URL_TYPE)) {
      uriList(h, a, name);
    } else if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      String label = name.isEmpty() ? "記録されたHTML" : name;
      String href = files.storeSourceView(Attachments.bytes(a), label);
      h.open("p", "class", "att-label").text(label).close("p");
      h.open("p")
          .open("a", "href", href, "class", "file-link")
          .text(label + "を開く（文字として表示）")
          .close("a")
          .text("（" + Formats.bytes(Attachments.bytes(a).length) + "）")
          .close("p");
    } else if (Attachments.isText(type)) {
      text(h, a, name, type);
    } else {
      download(h, a, name, type);
    }
    h.close("div").nl();
  }

  private void image(Html h, Attachment a, String name, String screenCaption, String screenAlt) {
    byte[] bytes = Attachments.bytes(a);
    String href = files.store(bytes, Attachments.extension(a));
    boolean screen = name.equals("画面");
    String caption = screen ? screenCaption : (name.isEmpty() ? "添付画像" : name);
    h.open("figure", "class", screen ? "shot screenshot" : "shot");
    h.open("a", "href", href, "title", "クリックで原寸表示");
    h.open("img", "src", href, "alt", screen ? screenAlt : caption).raw("</a>");
    h.open("figcaption")
        .text(caption)
        .text("　")
        .open("a", "href", href)
        .text("原寸で開く")
        .close("a")
        .close("figcaption");
    h.close("figure");
  }

  private void uriList(Html h, Attachment a, String name) {
    h.el("p", name.isEmpty() ? "リンク" : name, "class", "att-label");
    h.open("ul", "class", "uri-list");
    for (String line : Attachments.text(a).split("\\R")) {
      String uri = line.strip();
      if (uri.isEmpty() || uri.startsWith("#")) {
        continue;
      }
      h.open("li");
      if (uri.matches("(?i)(https?|file):.*")) {
        h.el("a", uri, "href", uri, "class", "url");
      } else {
        h.el("span", uri, "class", "url");
      }
      h.close("li");
    }
    h.close("ul");
  }

  private void text(Html h, Attachment a, String name, String type) {
    String text = Attachments.stripAnsi(Attachments.text(a));
    boolean nearMiss = name.equals(ScenarioRecords.NEAR_MISS_NAME);
    String label =
        name.isEmpty() ? (type.equals("text/x.cucumber.log+plain") ? "ログ" : "添付テキスト") : name;
    if (nearMiss) {
      label = name + "（最も近かった模擬応答と、合わなかった理由）";
    }
    h.el("p", label, "class", "att-label");
    String shown = text;
    if (text.length() > INLINE_TEXT_LIMIT) {
      shown = text.substring(0, INLINE_TEXT_LIMIT) + "\n…";
    }
    h.el("pre", shown, "class", nearMiss ? "text near-miss" : "text", "tabindex", "0");
    if (text.length() > INLINE_TEXT_LIMIT) {
      String href = files.storeSourceView(Attachments.bytes(a), label);
      h.open("p").el("a", "全文を開く", "href", href).close("p");
    }
  }

  private void download(Html h, Attachment a, String name, String type) {
    byte[] bytes = Attachments.bytes(a);
    String href = files.store(bytes, Attachments.extension(a));
    String label = name.isEmpty() ? "添付ファイル" : name;
    h.open("p", "class", "download")
        .text("添付ファイル: ")
        .open("a", "href", href, "download", name.isEmpty() ? null : name)
        .text(label)
        .close("a")
        .text("（" + type + "、" + Formats.bytes(bytes.length) + "）")
        .close("p");
  }

  /**
   * The simulated PC's connections and route: {@code
   * {"connections":[{"name","status",…}],"route":…}}. Only what support staff can read is shown
   * (connection → 接続済み / 切断 / 使われていません, and the route as 通信経路); technical keys such as {@code
   * kind}, {@code connected} or {@code lastError} are not.
   */
  private boolean network(Html h, Attachment a, String name) {
    Optional<Map<String, Object>> json = Attachments.jsonObject(a);
    if (json.isEmpty()) {
      return false;
    }
    List<Map<?, ?>> connections = new java.util.ArrayList<>();
    if (json.get().get("connections") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> c) {
          connections.add(c);
        }
      }
    }
    String route = str(json.get().get("route")).strip();
    if (connections.isEmpty() && route.isEmpty()) {
      return false;
    }
    String title = name.isEmpty() ? ScenarioRecords.NETWORK_NAME : name;
    h.open("table", "class", "network");
    h.el("caption", title + "（この手順で変わった状態）");
    h.open("thead")
        .open("tr")
        .el("th", "接続", "scope", "col")
        .el("th", "状態", "scope", "col")
        .close("tr")
        .close("thead");
    h.open("tbody");
    for (Map<?, ?> c : connections) {
      String connection = str(c.get("name")).strip();
      h.open("tr")
          .el("th", connection.isEmpty() ? "（名前のない接続）" : connection, "scope", "row")
          .el("td", connectionStatus(c), "class", "net-status")
          .close("tr");
    }
    if (!route.isEmpty()) {
      h.open("tr", "class", "net-route")
          .el("th", "通信経路", "scope", "row")
          .el("td", route)
          .close("tr");
    }
    h.close("tbody").close("table");
    return true;
  }

  /** The harness's own words (接続済み / 切断 / 使われていません), else said from {@code connected}. */
  private static String connectionStatus(Map<?, ?> c) {
    String status = str(c.get("status")).strip();
    if (!status.isEmpty()) {
      return status;
    }
    if (c.get("connected") instanceof Boolean connected) {
      return connected ? "接続済み" : "切断";
    }
    return "不明";
  }

  private boolean message(Html h, Attachment a, String name) {
    Optional<Map<String, Object>> json = Attachments.jsonObject(a);
    if (json.isEmpty()) {
      return false;
    }
    Map<String, Object> m = json.get();
    String kind = str(m.get("kind"));
    String title =
        switch (kind) {
          case "mail" -> "受信したメール";
          case "sms" -> "受信したSMS";
          case "voice" -> "音声で伝えられた内容";
          default -> "受信したメッセージ";
        };
    if (!name.isEmpty() && !title.contains(name)) {
      title = title + "（" + name + "）";
    }
    String code = str(m.get("code"));
    h.open(
        "section",
        "class",
        "message message-" + (kind.matches("[a-z]+") ? kind : "other"),
        "aria-label",
        title);
    h.el("p", title, "class", "message-title");
    h.open("dl", "class", "message-head");
    field(h, "宛先", m.get("to"));
    field(h, "差出人", m.get("from"));
    field(h, "件名", m.get("subject"));
    h.close("dl");
    h.open("div", "class", "message-body");
    String body = str(m.get("body"));
    int at = code.isEmpty() ? -1 : body.indexOf(code);
    if (at >= 0) {
      h.text(body.substring(0, at)).el("mark", code).text(body.substring(at + code.length()));
    } else {
      h.text(body);
    }
    h.close("div");
    if (!code.isEmpty()) {
      h.open("p", "class", "code").text("確認コード: ").el("strong", code).close("p");
    }
    h.close("section");
    return true;
  }

  private static void field(Html h, String label, Object value) {
    if (value != null && !String.valueOf(value).isBlank()) {
      h.open("div").el("dt", label).el("dd", String.valueOf(value)).close("div");
    }
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
