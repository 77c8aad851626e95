package tejun.records;

import java.util.List;

/**
 * The simulated PC's connections and the network its traffic takes ({@link
 * tejun.ScenarioRecords#NETWORK_TYPE}), in the words Windows and the report show.
 */
public record NetworkRecord(List<Connection> connections, String route) {
  /** A connection and its state: 接続済み, 切断 or 使われていません. */
  public record Connection(String name, String status) {}
}
