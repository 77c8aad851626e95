package tejun;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tejun's own HTML pages (the report's, the fail-closed page) from Handlebars templates under
 * {@code src/main/resources/tejun/templates}, all in one frame, {@code page.hbs}: a template fills
 * its {@code {{#partial "content"}}} and ends with {@code {{> page}}}. Values are records (read by
 * their accessors) and maps; every value is escaped, control characters shown as their pictures.
 */
public final class Templates {
  private static final Handlebars HANDLEBARS =
      new Handlebars(new ClassPathTemplateLoader("/tejun/templates", ".hbs"))
          .with(value -> escape(value == null ? "" : value.toString()))
          .prettyPrint(true);

  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

  private Templates() {}

  /** The page {@code name}.hbs shows for {@code model}. */
  public static String render(String name, Object model) {
    try {
      Template template = COMPILED.computeIfAbsent(name, Templates::compile);
      return template.apply(
          Context.newBuilder(model)
              .resolver(
                  MapValueResolver.INSTANCE,
                  MethodValueResolver.INSTANCE,
                  FieldValueResolver.INSTANCE)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Template compile(String name) {
    try {
      return HANDLEBARS.compile(name);
    } catch (IOException e) {
      throw new UncheckedIOException("template " + name + ".hbs", e);
    }
  }

  /**
   * HTML-escaped text. Control characters (other than tab and newlines) are not allowed in HTML:
   * they are shown as Unicode control pictures (U+2400..), e.g. NUL as ␀.
   */
  public static String escape(String s) {
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
}
