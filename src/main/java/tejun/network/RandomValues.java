package tejun.network;

import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.util.Locale;
import java.util.UUID;

/**
 * WireMock's {@code randomValue} ({@code length}, {@code type}, {@code uppercase}), drawn from the
 * network's site state instead of the machine's randomness: the codes a site issues follow one
 * sequence from every reset, so a run shows what the run before it showed (and a comparison with an
 * accepted run sees no change) while each code still looks like any other.
 */
final class RandomValues implements Helper<Object> {
  private static final String NUMERIC = "0123456789";
  private static final String ALPHABETIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String HEXADECIMAL = "0123456789abcdef";
  private static final String SYMBOLS = "!#$%&()*+-./:;<=>?@^_~";
  private final SiteState state;

  RandomValues(SiteState state) {
    this.state = state;
  }

  @Override
  public Object apply(Object context, Options options) {
    int length = options.hash("length", 36);
    String type = options.hash("type", "ALPHANUMERIC").toString().toUpperCase(Locale.ROOT);
    boolean uppercase = Boolean.TRUE.equals(options.hash("uppercase", false));
    String value =
        switch (type) {
          case "UUID" -> uuid();
          case "NUMERIC" -> draw(NUMERIC, length);
          case "ALPHABETIC" -> draw(ALPHABETIC, length);
          case "HEXADECIMAL" -> draw(HEXADECIMAL, length);
          case "ALPHANUMERIC_AND_SYMBOLS" -> draw(NUMERIC + ALPHABETIC + SYMBOLS, length);
          case "ALPHANUMERIC" -> draw(NUMERIC + ALPHABETIC, length);
          default ->
              throw new IllegalArgumentException(
                  "randomValue の type は NUMERIC, ALPHABETIC, ALPHANUMERIC, HEXADECIMAL,"
                      + " ALPHANUMERIC_AND_SYMBOLS, UUID のどれかです: 「"
                      + type
                      + "」");
        };
    return uppercase ? value.toUpperCase(Locale.ROOT) : value;
  }

  private String draw(String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(state.draw(alphabet.length())));
    }
    return s.toString();
  }

  private String uuid() {
    byte[] bytes = new byte[16];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) state.draw(256);
    }
    return UUID.nameUUIDFromBytes(bytes).toString();
  }
}
