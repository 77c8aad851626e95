package tejun.report;

/** A tiny HTML writer: every text and attribute value passes through {@link #esc}. */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters (other than tab and newlines) are not allowed in HTML text:
          // they are shown as Unicode control pictures (U+2400..), e.g. NUL as ␀.
          if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            b.append((char) (0x2400 + c));
          } else if (c == 0x7F) {
            b.append('\u2421');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Opens a tag; attrs are name/value pairs, a null value leaves the attribute out. */
  Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only escaped text. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Html text(String s) {
    out.append(esc(s));
    return this;
  }

  Html raw(String s) {
    out.append(s);
    return this;
  }

  Html nl() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
