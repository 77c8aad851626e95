package tejun.network;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tejun.HarnessException;

/**
 * Which hosts live on which network, which lines a PC can have, and which PPPoE accounts exist:
 * declared in {@code stubs/network.json}, so adding a site never touches code.
 */
public record NetworkMap(
    List<Network> networks, List<Line> lines, List<PppoeAccount> pppoeAccounts) {

  /**
   * A network and the hosts on it; {@code whenUnreachable} is how the browser fails to reach them.
   */
  public record Network(
      String id, String name, List<String> hosts, String whenUnreachable, boolean alwaysReachable) {
    boolean hosts(String host) {
      return hosts.contains(host);
    }
  }

  /** The PC's ordinary connection (the ISP line), and the network it reaches. */
  public record Line(String name, String reaches, String note) {}

  /** A PPPoE account the ISP or NTT accepts, and the network a session with it reaches. */
  public record PppoeAccount(String user, String password, String reaches) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public static NetworkMap load(Path file) {
    try {
      NetworkMap map = JSON.readValue(Files.readString(file), NetworkMap.class);
      map.check(file);
      return map;
    } catch (IOException e) {
      throw new HarnessException(
          "Network map "
              + file
              + " is unreadable: "
              + firstLine(e.getMessage())
              + " — fix the JSON in that file.");
    }
  }

  public Optional<Network> networkOf(String host) {
    return networks.stream().filter(n -> n.hosts(host)).findFirst();
  }

  public Network network(String id) {
    return networks.stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new HarnessException("No network '" + id + "' in stubs/network.json"));
  }

  public Line line(String name) {
    return lines.stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new HarnessException(
                    "No line named '"
                        + name
                        + "' in stubs/network.json; declared: "
                        + lines.stream().map(Line::name).toList()));
  }

  public Line defaultLine() {
    return lines.get(0);
  }

  public Optional<PppoeAccount> pppoeAccount(String user, String password) {
    return pppoeAccounts.stream()
        .filter(a -> a.user().equals(user) && a.password().equals(password))
        .findFirst();
  }

  private void check(Path file) {
    if (networks == null || lines == null || lines.isEmpty() || pppoeAccounts == null) {
      throw new HarnessException(
          file + " must declare \"networks\", \"lines\" (at least one) and \"pppoeAccounts\".");
    }
    lines.forEach(l -> network(l.reaches()));
    pppoeAccounts.forEach(a -> network(a.reaches()));
  }

  static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
