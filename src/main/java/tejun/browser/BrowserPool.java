package tejun.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chromiums kept open between scenarios: as many as scenarios run at once, each lent to one
 * scenario at a time and quit when the JVM ends. A kept Chromium's own proxy leads nowhere, so a
 * window opened outside a scenario's context fails instead of reaching anything.
 */
final class BrowserPool {
  private static final Map<BrowserSettings, Deque<Browser>> IDLE = new HashMap<>();
  private static final List<Browser> ALL = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitAll, "tejun-browser-pool"));
  }

  private BrowserPool() {}

  /** A kept Chromium with these settings, or a new one when all are lent out. */
  static Browser borrow(BrowserSettings settings) {
    synchronized (IDLE) {
      Deque<Browser> idle = IDLE.computeIfAbsent(settings, s -> new ArrayDeque<>());
      while (!idle.isEmpty()) {
        Browser kept = idle.pollFirst();
        if (kept.alive()) {
          return kept;
        }
        ALL.remove(kept);
        quietly(kept);
      }
    }
    Browser opened = Browser.open(settings, ChromiumLauncher.NOWHERE);
    synchronized (IDLE) {
      ALL.add(opened);
    }
    return opened;
  }

  static void giveBack(BrowserSettings settings, Browser browser) {
    synchronized (IDLE) {
      IDLE.get(settings).addFirst(browser);
    }
  }

  /** A Chromium that can no longer be trusted to be clean is quit, not given back. */
  static void discard(Browser browser) {
    synchronized (IDLE) {
      ALL.remove(browser);
    }
    browser.close();
  }

  private static void quitAll() {
    List<Browser> open;
    synchronized (IDLE) {
      open = new ArrayList<>(ALL);
      ALL.clear();
      IDLE.clear();
    }
    open.parallelStream().forEach(BrowserPool::quietly);
  }

  private static void quietly(Browser browser) {
    try {
      browser.close();
    } catch (RuntimeException e) {
      // The JVM is ending: a Chromium that already went away needs no quitting.
    }
  }
}
