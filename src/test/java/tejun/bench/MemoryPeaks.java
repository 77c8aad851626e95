package tejun.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The peak resident memory of this JVM (the kernel's high-water mark) and of everything it started
 * (Chromium's processes, chromedriver), summed and sampled every 100 ms.
 */
final class MemoryPeaks {
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "memory-peaks");
            t.setDaemon(true);
            return t;
          });
  private volatile long childrenPeakKb;

  static MemoryPeaks start() {
    MemoryPeaks peaks = new MemoryPeaks();
    peaks.sampler.scheduleAtFixedRate(peaks::sample, 0, 100, TimeUnit.MILLISECONDS);
    return peaks;
  }

  private void sample() {
    long kb =
        ProcessHandle.current().descendants().mapToLong(p -> statusKb(p.pid(), "VmRSS:")).sum();
    childrenPeakKb = Math.max(childrenPeakKb, kb);
  }

  void stop() {
    sampler.shutdownNow();
  }

  long jvmPeakMb() {
    return statusKb(ProcessHandle.current().pid(), "VmHWM:") / 1024;
  }

  long childrenPeakMb() {
    return childrenPeakKb / 1024;
  }

  private static long statusKb(long pid, String field) {
    try {
      return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
          .filter(l -> l.startsWith(field))
          .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0; // the process has ended since it was listed
    }
  }
}
