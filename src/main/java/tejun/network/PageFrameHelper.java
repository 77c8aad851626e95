package tejun.network;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.StringTemplateSource;
import com.github.tomakehurst.wiremock.store.BlobStore;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code {{#page-frame 'members-club.flets.com' title='…'}}…{{/page-frame}}}: the block, rendered
 * as the page's body, inside its site's frame {@code __files/<host>/_frame.html}. The frame is a
 * template seeing what the page sees (the request, every helper) plus {@code title}, {@code body}
 * and the block's other hash values.
 */
final class PageFrameHelper implements Helper<Object> {
  static final String FRAME_FILE = "_frame.html";

  private final BlobStore files;
  private final Map<String, Compiled> frames = new ConcurrentHashMap<>();

  /** A frame and the text it was compiled from, so an edited frame file is compiled again. */
  private record Compiled(String text, Template template) {}

  PageFrameHelper(BlobStore files) {
    this.files = files;
  }

  @Override
  public Object apply(Object host, Options options) throws IOException {
    if (!(host instanceof String site) || site.isBlank()) {
      return problem(
          "page-frame にサイトのホスト名がありません",
          "ページの最初を {{#page-frame 'members-club.flets.com' title='…'}} のようにホスト名から始めてください。");
    }
    String file = site + "/" + FRAME_FILE;
    Optional<byte[]> frame = files.get(file);
    if (frame.isEmpty()) {
      return problem(
          "ページの枠 stubs/__files/" + file + " がありません",
          "直し方: "
              + site
              + " のページに共通の枠を stubs/__files/"
              + file
              + " に作るか、page-frame に渡したホスト名を確かめてください。");
    }
    Map<String, Object> values = new HashMap<>(options.hash);
    values.put("body", new Handlebars.SafeString(options.fn()));
    Template template = compiled(options.handlebars, file, new String(frame.get(), UTF_8));
    return new Handlebars.SafeString(template.apply(Context.newContext(options.context, values)));
  }

  private Template compiled(Handlebars handlebars, String file, String text) {
    return frames
        .compute(
            file,
            (key, known) ->
                known != null && known.text().equals(text)
                    ? known
                    : new Compiled(text, compile(handlebars, file, text)))
        .template();
  }

  private static Template compile(Handlebars handlebars, String file, String text) {
    try {
      return handlebars.compile(new StringTemplateSource(file, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The harness's own mistake, said on the page itself: its title is what a failing step shows. */
  private static Handlebars.SafeString problem(String what, String fix) {
    String title = HtmlEscapers.htmlEscaper().escape("tejun: " + what);
    return new Handlebars.SafeString(
        """
        <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title></head>
        <body><h1>%s</h1><p>%s</p></body></html>
        """
            .formatted(title, title, HtmlEscapers.htmlEscaper().escape(fix)));
  }
}
