package tejun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A temporary directory tejun made, and with it every process whose command line names it (a
 * Chromium's profile, a chromedriver's log): closing it ends those processes and deletes the
 * directory, and so does the JVM's end (Ctrl-C included). It lives in the system's temporary folder
 * (or {@code -Dtejun.tmp}: keep it short, Chromium's sockets in it have a path limit of 107 bytes),
 * named {@code tejun-<kind>-<the JVM's process ID>-…}: a directory whose JVM was killed outright is
 * cleared, processes and all, by the next tejun JVM that makes one.
 */
public final class OwnedDirectory implements AutoCloseable {
  private static final Set<OwnedDirectory> OPEN = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Pattern NAME = Pattern.compile("tejun-[a-z]+-(\\d+)-.*");

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> List.copyOf(OPEN).forEach(OwnedDirectory::closeAtExit), "tejun-cleanup"));
  }

  private final Path path;

  private OwnedDirectory(Path path) {
    this.path = path;
  }

  public static Path root() {
    return Path.of(System.getProperty("tejun.tmp", System.getProperty("java.io.tmpdir")))
        .toAbsolutePath();
  }

  /** A new directory {@code tejun-<kind>-<pid>-…} under {@link #root()}. */
  public static OwnedDirectory create(String kind) {
    try {
      Path root = Files.createDirectories(root());
      Leftovers.sweepOnce(root);
      Path path = newDirectory(root, "tejun-" + kind + "-" + ProcessHandle.current().pid() + "-");
      OwnedDirectory directory = new OwnedDirectory(path);
      OPEN.add(directory);
      return directory;
    } catch (IOException e) {
      throw new HarnessException(
          "tejun cannot make a temporary directory under "
              + root()
              + " ("
              + e.getMessage()
              + "): make it writable, or point -Dtejun.tmp= at a writable folder.",
          e);
    }
  }

  /** Short names: Chromium's sockets under the directory must stay within 107 bytes. */
  private static Path newDirectory(Path root, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(root.resolve(prefix + NEXT.incrementAndGet()));
      } catch (FileAlreadyExistsException e) {
        // Left by an earlier JVM with this process ID: take the next number.
      }
    }
  }

  public Path path() {
    return path;
  }

  public Path resolve(String name) {
    return path.resolve(name);
  }

  /** Ends every process still using this directory, then deletes it. */
  @Override
  public void close() {
    OPEN.remove(this);
    endProcessesNaming(path);
    delete(path);
  }

  /** The processes (and their descendants) whose command line names {@code path}. */
  public static List<ProcessHandle> processesNaming(Path path) {
    String name = path.toString();
    Set<ProcessHandle> found = new LinkedHashSet<>();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().filter(c -> c.contains(name)).isPresent())
        .forEach(
            p -> {
              found.add(p);
              p.descendants().forEach(found::add);
            });
    return List.copyOf(found);
  }

  private static void endProcessesNaming(Path path) {
    List<ProcessHandle> processes = processesNaming(path);
    processes.forEach(ProcessHandle::destroyForcibly);
    processes.forEach(OwnedDirectory::awaitEnded);
  }

  /**
   * Waits until {@code process} has ended. A process that is not the JVM's child is seen as ended
   * once it is a zombie: its parent (chromedriver, or init once that is gone) reaps it when it can,
   * and {@link ProcessHandle#onExit} would wait for that.
   */
  public static void awaitEnded(ProcessHandle process) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (process.isAlive() && !isZombie(process.pid())) {
      if (System.nanoTime() > deadline) {
        throw new HarnessException(
            "Process "
                + process.pid()
                + " did not end within 30 s of being killed: end it with"
                + " `kill -9 "
                + process.pid()
                + "`.");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** What JVMs killed outright left under the root, cleared once per JVM before its first. */
  private static final class Leftovers {
    private static volatile boolean swept;

    static synchronized void sweepOnce(Path root) throws IOException {
      if (swept) {
        return;
      }
      try (Stream<Path> entries = Files.list(root)) {
        for (Path leftover : entries.filter(Leftovers::isOrphan).toList()) {
          endProcessesNaming(leftover);
          delete(leftover);
        }
      }
      swept = true;
    }

    private static boolean isOrphan(Path directory) {
      Matcher name = NAME.matcher(directory.getFileName().toString());
      return name.matches()
          && ProcessHandle.of(Long.parseLong(name.group(1)))
              .filter(ProcessHandle::isAlive)
              .isEmpty();
    }
  }

  /** At the JVM's end each directory goes on its own: one that fails does not keep the rest. */
  private static void closeAtExit(OwnedDirectory directory) {
    try {
      directory.close();
    } catch (RuntimeException e) {
      System.err.println(
          "tejun: could not delete " + directory.path + " (" + e.getMessage() + "): delete it.");
    }
  }

  /**
   * Deletes the tree; a file that a process ending just now removed itself is no longer there to
   * delete, so the walk is made again until the directory is gone.
   */
  private static void delete(Path directory) {
    for (int attempt = 1; Files.exists(directory); attempt++) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      } catch (IOException | UncheckedIOException e) {
        if (attempt == 5) {
          throw new UncheckedIOException(
              e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
      }
    }
  }
}
