package tejun.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading generated pages back for assertions. */
final class Pages {
  private Pages() {}

  static Document read(Path page) {
    try {
      return Jsoup.parse(
          Files.readString(page, StandardCharsets.UTF_8), page.getParent().toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace collapsed, as a reader sees text. */
  static String norm(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /**
   * Control characters other than tab and newlines, as the pages show them (U+2400 control
   * pictures).
   */
  static String controlPictures(String s) {
    StringBuilder b = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                b.append(
                    c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                        ? (char) (0x2400 + c)
                        : (char) c));
    return b.toString();
  }

  static String ansiFree(String s) {
    return s.replaceAll("\u001B\\[[0-9;]*m", "");
  }
}
