package tejun.report;

import io.cucumber.messages.types.Attachment;
import java.util.Map;
import java.util.Optional;

/**
 * The browser the harness drove, from its {@code application/vnd.tejun.browser+json} attachment.
 */
record BrowserInfo(String name, String version) {

  static Optional<BrowserInfo> of(Attachment a) {
    if (!Attachments.TEJUN_BROWSER.equals(Attachments.mediaType(a))) {
      return Optional.empty();
    }
    Optional<Map<String, Object>> json = Attachments.jsonObject(a);
    return json.map(m -> new BrowserInfo(str(m.get("name"), "ブラウザ"), str(m.get("version"), "")));
  }

  private static String str(Object o, String fallback) {
    return o == null ? fallback : String.valueOf(o);
  }

  String describe() {
    return version.isEmpty() ? name : name + " " + version;
  }
}
