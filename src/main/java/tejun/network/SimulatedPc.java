package tejun.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.network.NetworkMap.Line;
import tejun.network.NetworkMap.Network;

/**
 * The customer's PC: its ordinary line and the dial-up (PPPoE) connections made in Windows'
 * settings. While a PPPoE session is up, it is the PC's only route (a single-session line).
 */
public final class SimulatedPc {

  /** What the browser meets when it asks for a host. */
  public sealed interface Reach {}

  public record Reachable() implements Reach {}

  /** The host is on the map but not on the current route; {@code reason} is a CDP ErrorReason. */
  public record Unreachable(String reason, String network) implements Reach {}

  /** Not a host of the simulated network: WireMock answers, or fails closed. */
  public record NotOnMap() implements Reach {}

  private final NetworkMap map;
  private final Map<String, DialUpConnection> dialUps = new LinkedHashMap<>();
  private Line line;
  private String lastError = "";

  public SimulatedPc(NetworkMap map) {
    this.map = map;
    this.line = map.defaultLine();
  }

  public synchronized void useLine(String name) {
    line = map.line(name);
  }

  public synchronized void createPppoe(String name, String user, String password) {
    dialUps.put(name, new DialUpConnection(name, user, password));
    lastError = "";
  }

  /** Dials; a refused account leaves the connection down and records Windows' error. */
  public synchronized boolean connect(String name) {
    DialUpConnection connection = dialUp(name);
    hangUpAll();
    Optional<NetworkMap.PppoeAccount> account =
        map.pppoeAccount(connection.user, connection.password);
    if (account.isEmpty()) {
      lastError = ERROR_691;
      return false;
    }
    connection.network = map.network(account.get().reaches());
    lastError = "";
    return true;
  }

  public synchronized void disconnect(String name) {
    dialUp(name).network = null;
    lastError = "";
  }

  /**
   * A restart: every dial-up session ends, the connections stay set up, the ordinary line is back.
   */
  public synchronized void restart() {
    hangUpAll();
    lastError = "";
  }

  private void hangUpAll() {
    dialUps.values().forEach(c -> c.network = null);
  }

  /**
   * What has been set up on this PC: its ordinary line and its dial-up connections (name, user,
   * password), not their sessions.
   */
  public record Settings(String line, List<List<String>> pppoe) {}

  public synchronized Settings settings() {
    return new Settings(
        line.name(),
        dialUps.values().stream().map(c -> List.of(c.name, c.user, c.password)).toList());
  }

  /** Sets this PC up as {@code settings} say; connections it already has are left as they are. */
  public synchronized void setUp(Settings settings) {
    useLine(settings.line());
    for (List<String> pppoe : settings.pppoe()) {
      if (!dialUps.containsKey(pppoe.get(0))) {
        createPppoe(pppoe.get(0), pppoe.get(1), pppoe.get(2));
      }
    }
  }

  /** Forgets every dial-up connection and returns to the ordinary line: a fresh PC. */
  public synchronized void reset() {
    dialUps.clear();
    line = map.defaultLine();
    lastError = "";
  }

  public synchronized Reach reach(String host) {
    Optional<Network> target = map.networkOf(host);
    if (target.isEmpty()) {
      return new NotOnMap();
    }
    Network network = target.get();
    if (network.alwaysReachable() || network.id().equals(route().id())) {
      return new Reachable();
    }
    return new Unreachable(network.whenUnreachable(), network.name());
  }

  public synchronized Network route() {
    return dialUps.values().stream()
        .filter(DialUpConnection::isConnected)
        .map(c -> c.network)
        .findFirst()
        .orElseGet(() -> map.network(line.reaches()));
  }

  /**
   * What Windows' dial-up page and the report show, and the ordinary {@code line} the PC is on (a
   * site on the line's own network can tell which line a request comes from): plain data for
   * templates and JSON.
   */
  public synchronized Map<String, Object> snapshot() {
    List<Map<String, Object>> connections = new ArrayList<>();
    connections.add(
        Map.of(
            "name",
            line.name(),
            "kind",
            "line",
            "status",
            dialUps.values().stream().anyMatch(DialUpConnection::isConnected)
                ? "使われていません"
                : "接続済み"));
    for (DialUpConnection c : dialUps.values()) {
      connections.add(
          Map.of(
              "name",
              c.name,
              "kind",
              "pppoe",
              "connected",
              c.isConnected(),
              "status",
              c.isConnected() ? "接続済み" : "切断"));
    }
    return Map.of(
        "connections",
        connections,
        "route",
        route().name(),
        "line",
        line.name(),
        "lastError",
        lastError,
        "hasDialUps",
        !dialUps.isEmpty());
  }

  private DialUpConnection dialUp(String name) {
    DialUpConnection connection = dialUps.get(name);
    if (connection == null) {
      throw new IllegalStateException("このPCに接続「" + name + "」はありません");
    }
    return connection;
  }

  private static final String ERROR_691 =
      "エラー 691: ユーザー名とパスワードの組み合わせが認識されないか、"
          + "選択された認証プロトコルがリモート アクセス サーバーで許可されていないため、"
          + "リモート接続は拒否されました。";

  private static final class DialUpConnection {
    final String name;
    final String user;
    final String password;
    Network network;

    DialUpConnection(String name, String user, String password) {
      this.name = name;
      this.user = user;
      this.password = password;
    }

    boolean isConnected() {
      return network != null;
    }
  }
}
