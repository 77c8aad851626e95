package tejun.network;

import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

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
    return idle != null ? idle : SimulatedNetwork.start(stubs, 0);
  }

  public static void release(Path stubs, SimulatedNetwork network) {
    network.reset();
    idle(stubs).add(network);
  }

  private static Queue<SimulatedNetwork> idle(Path stubs) {
    return IDLE.computeIfAbsent(
        stubs.toAbsolutePath().normalize(), k -> new ConcurrentLinkedQueue<>());
  }
}
