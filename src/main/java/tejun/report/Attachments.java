package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.AttachmentContentEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import tejun.ScenarioRecords;
import tejun.records.BrowserRecord;
import tejun.records.RecordJson;

/** Reading an attachment's media type, bytes, text and JSON. */
final class Attachments {
  static final String TEJUN_NETWORK = ScenarioRecords.NETWORK_TYPE;
  static final String TEJUN_MESSAGE = ScenarioRecords.MESSAGE_TYPE;
  static final String TEJUN_BROWSER = ScenarioRecords.BROWSER_TYPE;

  private Attachments() {}

  /** The media type in lower case, without parameters such as charset. */
  static String mediaType(Attachment a) {
    String t = a.getMediaType() == null ? "" : a.getMediaType();
    int semi = t.indexOf(';');
    return (semi >= 0 ? t.substring(0, semi) : t).strip().toLowerCase(Locale.ROOT);
  }

  static byte[] bytes(Attachment a) {
    String body = a.getBody() == null ? "" : a.getBody();
    if (a.getContentEncoding() == AttachmentContentEncoding.BASE64) {
      try {
        return Base64.getMimeDecoder().decode(body);
      } catch (IllegalArgumentException notBase64) {
        // Shown as it was written rather than lost.
        return body.getBytes(StandardCharsets.UTF_8);
      }
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** An attachment that only points elsewhere (a URL instead of a body). */
  static Optional<String> externalUrl(Attachment a) {
    return (a.getBody() == null || a.getBody().isEmpty())
        ? a.getUrl().filter(u -> !u.isBlank())
        : Optional.empty();
  }

  static String text(Attachment a) {
    if (a.getContentEncoding() == AttachmentContentEncoding.BASE64) {
      return new String(bytes(a), StandardCharsets.UTF_8);
    }
    return a.getBody() == null ? "" : a.getBody();
  }

  static String name(Attachment a) {
    return a.getFileName().map(String::strip).orElse("");
  }

  static boolean isImage(String mediaType) {
    return mediaType.startsWith("image/");
  }

  static boolean isText(String mediaType) {
    return mediaType.startsWith("text/")
        || mediaType.endsWith("+json")
        || mediaType.endsWith("+xml")
        || mediaType.equals("application/json")
        || mediaType.equals("application/xml")
        || mediaType.equals("application/javascript")
        || mediaType.equals("application/x-ndjson");
  }

  /**
   * The browser note belongs in the headers, not among the steps; the frames are drawn over the
   * screen they belong to; the stubs a scenario reached are for the model-mutation tool.
   */
  static boolean isShownInSteps(Attachment a) {
    String type = mediaType(a);
    return !TEJUN_BROWSER.equals(type)
        && !ScenarioRecords.FRAMES_TYPE.equals(type)
        && !ScenarioRecords.COMPARED_TYPE.equals(type)
        && !ScenarioRecords.SCREEN_TEXT_TYPE.equals(type)
        && !ScenarioRecords.MASKS_TYPE.equals(type)
        && !ScenarioRecords.REACHED_TYPE.equals(type);
  }

  /** The hooks' record in {@code a}; none when it holds no such record. */
  static <T extends Record> Optional<T> record(Attachment a, Class<T> type) {
    return RecordJson.read(text(a), type);
  }

  /** The browser the scenario drove, when {@code a} is its record. */
  static Optional<BrowserRecord> browser(Attachment a) {
    return TEJUN_BROWSER.equals(mediaType(a)) ? record(a, BrowserRecord.class) : Optional.empty();
  }

  /** Removes ANSI colour escapes, which mean nothing on a page. */
  static String stripAnsi(String s) {
    return s.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "");
  }

  /** A safe file extension for a stored attachment. */
  static String extension(Attachment a) {
    String type = mediaType(a);
    String known =
        switch (type) {
          case ScenarioRecords.SCREENSHOT_TYPE -> "png";
          case "image/jpeg", "image/jpg" -> "jpg";
          case "image/gif" -> "gif";
          case "image/webp" -> "webp";
          case "image/svg+xml" -> "svg";
          case "application/pdf" -> "pdf";
          case "application/zip" -> "zip";
          case "application/json" -> "json";
          case "text/plain" -> "txt";
          case "text/csv" -> "csv";
          default -> null;
        };
    if (known != null) {
      return known;
    }
    String name = name(a);
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (ext.matches("[a-z0-9]{1,8}") && !ext.matches("html?|xhtml|svg|js|mjs")) {
        return ext;
      }
    }
    return "bin";
  }
}
