package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link NothingLeavesTheMachineTest} counts as sending beyond loopback, on a known trace. */
class StraceTrafficTest {
  private static final List<String> TRACE =
      List.of(
          "100 execve(\"/usr/bin/java\", [\"java\"], 0x7ffd /* 20 vars */) = 0",
          "100 clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD) = 200",
          "200 execve(\"/usr/lib/chromium/chromium\", [\"chromium\"], 0x7f /* 9 vars */) = 0",
          "200 clone3({flags=CLONE_VM|CLONE_FILES|CLONE_THREAD, exit_signal=0}, 88) = 201",
          "201 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 11",
          "201 connect(11, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0),"
              + " inet_pton(AF_INET6, \"2001:4860:4860::8888\", &sin6_addr), sin6_scope_id=0}, 28)"
              + " = 0",
          "200 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 12",
          "200 connect(12, {sa_family=AF_INET, sin_port=htons(8080),"
              + " sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
          "201 close(11) = 0",
          "201 socketpair(AF_UNIX, SOCK_SEQPACKET, 0, [11, 12]) = 0",
          "201 sendto(11, \"\\20\\0\", 64, MSG_NOSIGNAL, NULL, 0) = 64",
          "201 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 15",
          "201 connect(15, {sa_family=AF_INET, sin_port=htons(443),"
              + " sin_addr=inet_addr(\"8.8.4.4\")}, 16) = 0",
          "201 close(15 <unfinished ...>",
          "201 <... close resumed>) = 0",
          "201 socketpair(AF_UNIX, SOCK_SEQPACKET, 0, [15, 16]) = 0",
          "201 sendto(15, \"\\20\\0\\0\\0h\", 104, MSG_NOSIGNAL, NULL, 0) = 104",
          "200 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 14",
          "200 connect(14, {sa_family=AF_INET, sin_port=htons(443),"
              + " sin_addr=inet_addr(\"8.8.8.8\")}, 16) = 0",
          "200 close_range(3, 4294967295, 0) = 0",
          "200 sendmsg(14, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}],"
              + " msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 1",
          "201 sendto(13, \"\\24\\0\", 20, 0, {sa_family=AF_NETLINK, nl_pid=0,"
              + " nl_groups=00000000}, 12) = 20",
          "100 connect(5, {sa_family=AF_INET, sin_port=htons(53),"
              + " sin_addr=inet_addr(\"10.0.0.53\")}, 16) = 0");

  @Test
  void aUdpRouteProbeAndLoopbackAreNotSendingAndTheJvmIsLeftOut() {
    StraceTraffic traffic = StraceTraffic.read(TRACE);
    assertThat(traffic.processesRunning("chromium")).isEqualTo(1);
    assertThat(traffic.program(201)).isEqualTo("/usr/lib/chromium/chromium");
    assertThat(traffic.outwardExcept("java")).isEmpty();
    assertThat(traffic.outwardExcept("nothing")).hasSize(1);
  }

  @Test
  void aDnsQueryATcpConnectionAndADatagramOutAreCaught() {
    StraceTraffic traffic =
        StraceTraffic.read(
            List.of(
                "300 execve(\"/usr/lib/chromium/chromium\", [\"chromium\"], 0x7f /* 9 vars */) = 0",
                "300 socket(AF_INET, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_IP) = 7",
                "300 connect(7, {sa_family=AF_INET, sin_port=htons(53),"
                    + " sin_addr=inet_addr(\"127.0.0.53\")}, 16) = 0",
                "300 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP <unfinished ...>",
                "300 <... socket resumed>) = 8",
                "300 connect(8, {sa_family=AF_INET, sin_port=htons(443),"
                    + " sin_addr=inet_addr(\"142.250.0.1\")}, 16) = -1 EINPROGRESS",
                "300 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 9",
                "300 connect(9, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0),"
                    + " inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28) ="
                    + " 0",
                "300 sendto(9, \"x\", 1, 0, NULL, 0) = 1"));
    assertThat(traffic.outwardExcept("java")).hasSize(3);
  }
}
