package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code {{site-state 'MCSESSION' request.cookies.MCSESSION 'member'}}}: parts joined by ':'. */
final class SiteStateHelper implements Helper<Object> {
  private final SiteState state;

  SiteStateHelper(SiteState state) {
    this.state = state;
  }

  @Override
  public Object apply(Object first, Options options) {
    return state.get(key(first, options));
  }

  /** The helper's first argument and its other parameters, joined by ':'. */
  static String key(Object first, Options options) {
    return Stream.concat(Stream.of(first), Arrays.stream(options.params))
        .map(String::valueOf)
        .collect(Collectors.joining(":"));
  }
}
