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
    String key =
        Stream.concat(Stream.of(first), Arrays.stream(options.params))
            .map(String::valueOf)
            .collect(Collectors.joining(":"));
    return state.get(key);
  }
}
