package tejun.network;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated sites' server-side state (sessions, the line-authentication flag, issued codes):
 * plain keys and values, one store per simulated network, so scenarios never share it.
 */
public final class SiteState {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long SEED = 20260401L;
  private final Map<String, String> values = new ConcurrentHashMap<>();
  private Random dice = new Random(SEED);

  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  public void set(String key, String value) {
    values.put(key, value);
  }

  /** Removes the key and every key below it ({@code key:…}). */
  public void remove(String key) {
    values.keySet().removeIf(k -> k.equals(key) || k.startsWith(key + ":"));
  }

  /** Empties the state, and the codes it issues start again from the same sequence. */
  public void clear() {
    values.clear();
    synchronized (this) {
      dice = new Random(SEED);
    }
  }

  /**
   * The next of the codes the sites issue ({@link RandomValues}): the same sequence after every
   * reset, so that two runs of a procedure show the same codes and screens.
   */
  synchronized int draw(int bound) {
    return dice.nextInt(bound);
  }

  public static String newSessionId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public Map<String, String> snapshot() {
    return Map.copyOf(values);
  }
}
