package tejun.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.support.ui.FluentWait;
import tejun.OwnedDirectory;

/**
 * A real Selenium Grid standalone on loopback, in its own JVM with its own class path (resolved
 * from {@code src/test/grid/pom.xml} into {@code target/grid.classpath}), so the Grid's Selenium
 * never meets the client's. Its node drives Debian's chromedriver in Japanese. The Grid, its
 * chromedriver and Chromium keep their temporary files in an {@link OwnedDirectory} of their own,
 * deleted when the Grid is closed.
 */
final class SeleniumGrid implements AutoCloseable {
  static final Path CLASS_PATH = Path.of("target/grid.classpath");

  private final Process process;
  private final String url;
  private final Path log;
  private final OwnedDirectory temporary;

  private SeleniumGrid(Process process, String url, Path log, OwnedDirectory temporary) {
    this.process = process;
    this.url = url;
    this.log = log;
    this.temporary = temporary;
  }

  static SeleniumGrid start(Path workDir) throws IOException {
    if (!Files.isRegularFile(CLASS_PATH)) {
      throw new IllegalStateException(
          CLASS_PATH
              + " is missing: run the tests through `mvn verify`, which resolves the Grid from"
              + " src/test/grid/pom.xml.");
    }
    int port = freePort();
    Path config = Files.writeString(workDir.resolve("grid.toml"), config());
    Path log = workDir.resolve("grid.log");
    OwnedDirectory temporary = OwnedDirectory.create("grid");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + temporary.path(),
                    "-cp",
                    Files.readString(CLASS_PATH).strip(),
                    "org.openqa.selenium.grid.Main",
                    "standalone",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port),
                    "--config",
                    config.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("LANGUAGE", "ja");
    builder.environment().put("LANG", "ja_JP.UTF-8");
    builder.environment().put("TMPDIR", temporary.path().toString());
    SeleniumGrid grid =
        new SeleniumGrid(builder.start(), "http://127.0.0.1:" + port, log, temporary);
    grid.awaitReady();
    return grid;
  }

  String url() {
    return url;
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest status = HttpRequest.newBuilder(URI.create(url + "/status")).build();
    new FluentWait<>(client)
        .withTimeout(Duration.ofSeconds(90))
        .pollingEvery(Duration.ofMillis(200))
        .withMessage(() -> "the Grid at " + url + " did not become ready:\n" + log())
        .until(
            c -> {
              if (!process.isAlive()) {
                throw new IllegalStateException("the Grid stopped:\n" + log());
              }
              try {
                String body = c.send(status, HttpResponse.BodyHandlers.ofString()).body();
                return body.replace(" ", "").contains("\"ready\":true");
              } catch (IOException e) {
                return false;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
  }

  private static String config() {
    return """
    [node]
    detect-drivers = false
    selenium-manager = false
    [[node.driver-configuration]]
    display-name = "Chromium"
    webdriver-executable = "%s"
    max-sessions = 2
    stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%s"}}'
    """
        .formatted(
            System.getProperty("tejun.chromedriver", "/usr/bin/chromedriver"),
            System.getProperty("tejun.chromium", "/usr/bin/chromium"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } finally {
      temporary.close();
    }
  }
}
