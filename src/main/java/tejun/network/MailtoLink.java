package tejun.network;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code mailto:} link as a mail program reads it (RFC 6068): the addressees before {@code ?},
 * then {@code subject}, {@code body} and other headers, each percent-encoded in UTF-8 ({@code +}
 * stays a plus, and a body's {@code %0D%0A} is a new line).
 */
public record MailtoLink(String to, String subject, String body) {
  public static final String SCHEME = "mailto:";

  /**
   * @throws IllegalArgumentException when {@code link} is not a {@code mailto:} link
   */
  public static MailtoLink parse(String link) {
    if (link == null || !link.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new IllegalArgumentException("「" + link + "」は mailto: のリンクではありません");
    }
    String rest = link.substring(SCHEME.length());
    int query = rest.indexOf('?');
    Map<String, String> headers = new LinkedHashMap<>();
    if (query >= 0) {
      for (String pair : rest.substring(query + 1).split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          headers.merge(
              decode(pair.substring(0, equals)).toLowerCase(),
              decode(pair.substring(equals + 1)),
              (a, b) -> a + "," + b);
        }
      }
    }
    String to = decode(query >= 0 ? rest.substring(0, query) : rest);
    if (headers.containsKey("to")) {
      to = to.isEmpty() ? headers.get("to") : to + "," + headers.get("to");
    }
    return new MailtoLink(
        to,
        headers.getOrDefault("subject", ""),
        headers.getOrDefault("body", "").replace("\r\n", "\n"));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
