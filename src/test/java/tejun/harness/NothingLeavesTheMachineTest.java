package tejun.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tejun.OwnedDirectory;

/**
 * Every Chromium tejun starts, watched from outside on the real processes ({@code strace} over a
 * JVM of its own, {@link ProbeRun}): a procedure, its report's PDFs and the simulator's start page
 * send no DNS query and open no connection beyond loopback; and a run that passed, failed, or was
 * killed outright leaves no tejun directory, Chromium or chromedriver behind.
 */
class NothingLeavesTheMachineTest {
  private Path root;
  private Path trace;

  @BeforeEach
  void shortRoot() throws IOException {
    root = Files.createTempDirectory(Path.of("/tmp"), "tp");
    trace = Files.createTempFile("strace", ".txt");
  }

  @AfterEach
  void removeRoot() throws IOException {
    Files.deleteIfExists(trace);
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).isEmpty();
    }
    Files.delete(root);
  }

  @Test
  void aProcedureItsPdfsAndTheSimulatorSendNothingBeyondLoopbackAndLeaveNothing() throws Exception {
    String output = probe("passed", true);
    assertThat(output).contains("procedures failed: 0").contains("start page: 【模擬】");
    StraceTraffic traffic = StraceTraffic.read(Files.readAllLines(trace));
    // A scenario's kept Chromium, the PDF printer and the simulator's: the watch saw them all.
    assertThat(traffic.processesRunning("chromium")).isGreaterThanOrEqualTo(3);
    assertThat(traffic.processesRunning("chromedriver")).isGreaterThanOrEqualTo(3);
    assertThat(traffic.outwardExcept("java")).isEmpty();
    assertNothingLeft();
  }

  @Test
  void aFailedRunLeavesNothingBehind() throws Exception {
    assertThat(probe("failed", false)).contains("procedures failed: 1");
    assertNothingLeft();
  }

  @Test
  void whatAKilledRunLeftGoesWithTheNextRun() throws Exception {
    Process held = start("hold", false);
    BufferedReader output =
        new BufferedReader(new InputStreamReader(held.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = output.readLine();
    } while (line != null && !line.startsWith("holding"));
    assertThat(line).as("the held JVM started its Chromium").isNotNull();
    held.destroyForcibly().waitFor();
    List<ProcessHandle> orphans = OwnedDirectory.processesNaming(root);
    assertThat(orphans).as("a JVM killed outright leaves its Chromium running").isNotEmpty();

    assertThat(probe("sweep", false)).isEmpty();
    orphans.forEach(OwnedDirectory::awaitEnded);
    assertNothingLeft();
  }

  private void assertNothingLeft() throws IOException {
    assertThat(OwnedDirectory.processesNaming(root)).isEmpty();
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).isEmpty();
    }
  }

  private String probe(String mode, boolean traced) throws Exception {
    Process process = start(mode, traced);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output
        .lines()
        .filter(l -> l.matches("(procedures failed|start page): .*"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private Process start(String mode, boolean traced) throws IOException {
    List<String> command = new ArrayList<>();
    if (traced) {
      if (!Files.isExecutable(Path.of("/usr/bin/strace"))) {
        throw new AssertionError(
            "strace is missing: install it with `sh src/main/sh/install-prerequisites.sh`.");
      }
      command.addAll(
          List.of(
              "strace",
              "-f",
              "-qq",
              "--seccomp-bpf",
              "-o",
              trace.toString(),
              "-e",
              "trace=execve,clone,clone3,fork,vfork,socket,close,close_range,connect,sendto,sendmsg"));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--add-exports=java.base/sun.security.x509=ALL-UNNAMED");
    command.add("-Dtejun.tmp=" + root);
    command.add("-cp");
    command.add(classPath());
    command.add(ProbeRun.class.getName());
    command.add(mode);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }
}
