package tejun;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Cucumber glue by layer: the shared sentences and hooks every site uses, and one step package
 * per site ({@code tejun.steps.<site>}, the site's key). A site's features need only the shared
 * glue and their own site's package.
 */
public final class Glue {
  /** What every manual shares: the shared and PC sentences, and the hooks. */
  public static final String SHARED = "tejun.steps.shared,tejun.steps.pc,tejun.hooks";

  /** Every site's steps beside the shared glue: what the whole suite runs with. */
  public static final String EVERY_SITE = "tejun.steps,tejun.hooks";

  private Glue() {}

  /** The shared glue and the step packages of {@code sites} (site keys), and nothing else. */
  public static String sharedAnd(String... sites) {
    return Stream.concat(Stream.of(SHARED), Arrays.stream(sites).map(site -> "tejun.steps." + site))
        .collect(Collectors.joining(","));
  }
}
