package tejun.network;

import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import tejun.HarnessException;

/**
 * Idle simulated networks, kept between scenarios: starting WireMock and generating its per-host
 * certificates costs seconds, resetting one costs milliseconds. A network serves one scenario at a
 * time and is reset before it is handed out again, so no two scenarios ever share state.
 */
public final class SimulatedNetworks {
  private static final Map<Path, Queue<SimulatedNetwork>> IDLE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> IDLE.values().forEach(q -> q.forEach(SimulatedNetwork::close))));
  }

  private SimulatedNetworks() {}

  /** A network for one scenario, on a free loopback port; give it back with {@link #release}. */
  public static SimulatedNetwork take(Path stubs) {
    SimulatedNetwork idle = idle(stubs).poll();
    if (idle != null) {
      return idle;
    }
    try {
      return SimulatedNetwork.start(stubs, 0);
    } catch (HarnessException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new HarnessException(
          "模擬ネットワーク（WireMock）が起動しませんでした: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "。この手順は失敗とし、次の手順には新しい模擬ネットワークを使います"
              + "（the simulated network did not start）。",
          e);
    }
  }

  /** Back to the pool, reset; a network that cannot be reset is closed and replaced later. */
  public static void release(Path stubs, SimulatedNetwork network) {
    try {
      network.reset();
    } catch (RuntimeException e) {
      network.close();
      throw e;
    }
    idle(stubs).add(network);
  }

  /**
   * Closes the idle networks of {@code stubs}, a folder no scenario will use again (a mutant's copy
   * of the stubs).
   */
  public static void closeIdle(Path stubs) {
    Queue<SimulatedNetwork> idle = IDLE.remove(stubs.toAbsolutePath().normalize());
    if (idle != null) {
      idle.forEach(SimulatedNetwork::close);
    }
  }

  private static Queue<SimulatedNetwork> idle(Path stubs) {
    return IDLE.computeIfAbsent(
        stubs.toAbsolutePath().normalize(), k -> new ConcurrentLinkedQueue<>());
  }
}
