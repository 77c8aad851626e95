package tejun.context;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The stubs folder a scenario's simulated network is made from: {@code -Dtejun.stubs} (default
 * {@code stubs}), or, for a run on one thread, the folder that thread's run set with {@link
 * #during}: the model-mutation tool runs two mutants' scenarios at once, each on its own thread and
 * its own changed copy of the stubs.
 */
public final class StubsFolder {
  private static final ThreadLocal<Path> CHOSEN = new ThreadLocal<>();

  private StubsFolder() {}

  public static Path current() {
    Path chosen = CHOSEN.get();
    return chosen != null ? chosen : Path.of(System.getProperty("tejun.stubs", "stubs"));
  }

  /**
   * {@code run}'s result, with the scenarios it runs on this thread (Cucumber without parallel
   * execution) given {@code stubs}.
   */
  public static <T> T during(Path stubs, Supplier<T> run) {
    Path before = CHOSEN.get();
    CHOSEN.set(stubs);
    try {
      return run.get();
    } finally {
      if (before == null) {
        CHOSEN.remove();
      } else {
        CHOSEN.set(before);
      }
    }
  }
}
