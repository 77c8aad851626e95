package tejun.harness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code strace -f -e
 * trace=execve,clone,clone3,fork,vfork,socket,close,close_range,connect,sendto,sendmsg} output of a
 * process tree: which program each process ran, and which of their calls sent something beyond
 * loopback or asked for a host name. Sending means: any call to port 53 (DNS), a TCP connection
 * (its SYN), or a datagram, sent with an address or over a socket connected to one. Connecting a
 * UDP socket sends nothing (Chromium and chromedriver do so to learn the route to the internet), so
 * that alone is not sending, nor is a message to a local address of another kind (a netlink or Unix
 * socket).
 */
final class StraceTraffic {
  private static final Pattern CALL = Pattern.compile("^(\\d+)\\s+(.*)$");
  private static final Pattern EXEC = Pattern.compile("^execve\\(\"([^\"]+)\"");
  private static final Pattern SOCKET = Pattern.compile("^socket\\(AF_INET6?, (SOCK_[A-Z]+)");

  /** Also a close that strace shows interrupted ({@code close(21 <unfinished ...>}). */
  private static final Pattern CLOSED = Pattern.compile("^close\\((\\d+)");

  private static final Pattern CLOSED_RANGE =
      Pattern.compile("^close_range\\((\\d+), (\\d+)|^close_range\\((\\d+), ~0");
  private static final Pattern LOCAL_ADDRESS = Pattern.compile("sa_family=AF_(?!INET)");
  private static final Pattern FD = Pattern.compile("^(?:connect|sendto|sendmsg)\\((\\d+),");
  private static final Pattern RETURNS = Pattern.compile("\\)\\s+=\\s+(\\d+)(?:\\s.*)?$");
  private static final Pattern IPV4 =
      Pattern.compile(
          "sa_family=AF_INET, sin_port=htons\\((\\d+)\\), sin_addr=inet_addr\\(\"([^\"]+)\"\\)");
  private static final Pattern IPV6 =
      Pattern.compile(
          "sa_family=AF_INET6, sin6_port=htons\\((\\d+)\\),.*?inet_pton\\(AF_INET6, \"([^\"]+)\"");

  /** A call that sent something out, and the program its process ran. */
  record Call(long pid, String program, String line) {}

  private record Address(int port, boolean loopback) {}

  private final Map<Long, String> programs = new HashMap<>();
  private final Map<Long, String> pending = new HashMap<>();
  private final Map<Long, Long> parents = new HashMap<>();
  private final Map<Long, Long> fdTables = new HashMap<>();
  private final Map<String, String> socketTypes = new HashMap<>();
  private final Map<String, Address> connectedTo = new HashMap<>();
  private final List<Call> outward = new ArrayList<>();

  static StraceTraffic read(List<String> lines) {
    StraceTraffic traffic = new StraceTraffic();
    lines.forEach(traffic::line);
    return traffic;
  }

  private void line(String raw) {
    Matcher m = CALL.matcher(raw.strip());
    if (!m.matches()) {
      return;
    }
    long pid = Long.parseLong(m.group(1));
    String call = m.group(2);
    if (call.startsWith("<...")) {
      String name = call.substring(5).split(" ")[0];
      call = pending.getOrDefault(pid, name + "(") + call.substring(call.indexOf("resumed>") + 8);
      pending.remove(pid);
    } else if (call.endsWith("<unfinished ...>")) {
      pending.put(pid, call.substring(0, call.length() - "<unfinished ...>".length()));
      if (!call.startsWith("connect") && !call.startsWith("send") && !call.startsWith("close")) {
        return;
      }
    }
    handle(pid, call);
  }

  private void handle(long pid, String call) {
    String name = call.split("\\(")[0];
    Matcher returns = RETURNS.matcher(call);
    Optional<Long> result =
        returns.find() ? Optional.of(Long.parseLong(returns.group(1))) : Optional.empty();
    Matcher exec = EXEC.matcher(call);
    if (exec.find() && call.contains(" = 0")) {
      programs.put(pid, exec.group(1));
      fdTables.put(pid, pid);
    } else if (name.matches("clone3?|v?fork") && result.isPresent()) {
      long child = result.get();
      parents.put(child, pid);
      fdTables.put(child, call.contains("CLONE_FILES") ? fdTable(pid) : child);
    } else if (name.equals("socket") && result.isPresent()) {
      // A descriptor number is reused once closed: what it was before no longer holds.
      String fd = fdTable(pid) + ":" + result.get();
      connectedTo.remove(fd);
      socketTypes.remove(fd);
      Matcher socket = SOCKET.matcher(call);
      if (socket.find()) {
        socketTypes.put(fd, socket.group(1));
      }
    } else if (name.equals("close")) {
      Matcher closed = CLOSED.matcher(call);
      if (closed.find()) {
        connectedTo.remove(fdTable(pid) + ":" + closed.group(1));
        socketTypes.remove(fdTable(pid) + ":" + closed.group(1));
      }
    } else if (name.equals("close_range") && result.filter(r -> r == 0).isPresent()) {
      closeRange(pid, call);
    } else if (name.matches("connect|sendto|sendmsg")) {
      network(pid, name, call);
    }
  }

  /**
   * Chromium's processes close their inherited descriptors in one call, which frees the numbers.
   */
  private void closeRange(long pid, String call) {
    Matcher m = CLOSED_RANGE.matcher(call);
    if (!m.find()) {
      return;
    }
    long first = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(3));
    long last = m.group(2) != null ? Long.parseLong(m.group(2)) : Long.MAX_VALUE;
    String table = fdTable(pid) + ":";
    for (Map<String, ?> byFd : List.of(connectedTo, socketTypes)) {
      byFd.keySet()
          .removeIf(
              fd -> {
                if (!fd.startsWith(table)) {
                  return false;
                }
                long n = Long.parseLong(fd.substring(table.length()));
                return n >= first && n <= last;
              });
    }
  }

  private void network(long pid, String name, String call) {
    Matcher fdMatch = FD.matcher(call);
    String fd = fdMatch.find() ? fdTable(pid) + ":" + fdMatch.group(1) : "?";
    Optional<Address> address = address(call);
    boolean sends;
    if (name.equals("connect")) {
      address.ifPresent(a -> connectedTo.put(fd, a));
      sends =
          address
              .filter(
                  a -> a.port() == 53 || !a.loopback() && !"SOCK_DGRAM".equals(socketTypes.get(fd)))
              .isPresent();
    } else if (address.isEmpty() && LOCAL_ADDRESS.matcher(call).find()) {
      sends = false;
    } else {
      Optional<Address> to = address.or(() -> Optional.ofNullable(connectedTo.get(fd)));
      sends = to.filter(a -> a.port() == 53 || !a.loopback()).isPresent();
    }
    if (sends) {
      outward.add(new Call(pid, null, call));
    }
  }

  private static Optional<Address> address(String call) {
    Matcher v4 = IPV4.matcher(call);
    if (v4.find()) {
      return Optional.of(
          new Address(Integer.parseInt(v4.group(1)), v4.group(2).startsWith("127.")));
    }
    Matcher v6 = IPV6.matcher(call);
    if (v6.find()) {
      String a = v6.group(2);
      return Optional.of(
          new Address(
              Integer.parseInt(v6.group(1)), a.equals("::1") || a.startsWith("::ffff:127.")));
    }
    return Optional.empty();
  }

  private long fdTable(long pid) {
    return fdTables.getOrDefault(pid, pid);
  }

  /** The program a process ran last: its own, or the one of the process it was forked from. */
  String program(long pid) {
    String own = programs.get(pid);
    if (own != null) {
      return own;
    }
    Long parent = parents.get(pid);
    return parent == null ? "?" : program(parent);
  }

  /** How many processes ran {@code programName} (a file name, such as {@code chromium}). */
  long processesRunning(String programName) {
    return programs.values().stream().filter(p -> p.endsWith("/" + programName)).count();
  }

  /** What processes sent out, except those running {@code except} (the JVM itself). */
  List<Call> outwardExcept(String except) {
    return outward.stream()
        .map(c -> new Call(c.pid(), program(c.pid()), c.line()))
        .filter(c -> !c.program().endsWith("/" + except))
        .toList();
  }
}
