package tejun.network;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import tejun.HarnessException;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;

/**
 * The simulated sites and network on their own, for a person to walk through a procedure by hand.
 * With a display it opens the harness's own Chromium, headed, so network failures show as
 * Chromium's error page exactly as in the procedures; closing it or Ctrl-C stops everything.
 * Without one it prints the command for a browser of the person's own.
 */
public final class SimulatorMain {
  private static final String START_PAGE = "http://tejun.test/";

  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path stubs = Path.of(System.getProperty("tejun.stubs", "stubs"));
    int port = Integer.getInteger("tejun.port", 0);
    SimulatedNetwork network;
    try {
      network = SimulatedNetwork.start(stubs, port);
    } catch (HarnessException e) {
      System.err.println("tejun: " + e.getMessage());
      System.exit(2);
      return;
    }
    Simulation simulation = new Simulation(network);
    Runtime.getRuntime().addShutdownHook(new Thread(simulation::stop));
    System.out.printf(
        """
        tejun 模擬ネットワークを起動しました。
          スタートページ: %s（手順書の一覧・模擬PC・「最初の状態に戻す」）
          プロキシ: %s（http と https。https の証明書は模擬のもの）
          模擬メール: http://mail.tejun.test/　模擬電話（SMSと着信）: http://phone.tejun.test/
          メールソフトで読むには: IMAP %s:%d、SMTP %s:%d（暗号化なし）、
            ユーザー名もパスワードも宛先のメールアドレス（そのアドレスにメールが届いてから）
        """,
        START_PAGE,
        network.proxyAddress(),
        SimulatedMailbox.HOST,
        network.mailbox().imapPort(),
        SimulatedMailbox.HOST,
        network.mailbox().smtpPort());
    if (hasDisplay()) {
      Optional<Browser> browser = openBrowser(network);
      if (browser.isPresent()) {
        simulation.opened(browser.get());
        CompletableFuture<Void> closed = browser.get().closedByThePerson();
        showStartPage(browser.get());
        System.out.println(
            "Chromium を開きました。模擬のネットワーク障害も、手順と同じ Chromium のエラー画面で表示されます。\n"
                + "終了するには、Chromium を閉じるか Ctrl-C。");
        closed.join();
        simulation.stop();
        System.exit(0);
      }
    } else {
      System.out.println("画面（DISPLAY も WAYLAND_DISPLAY も）がないので、Chromium は開きません。");
    }
    printCommand(network.proxyAddress());
    new CountDownLatch(1).await();
  }

  private static boolean hasDisplay() {
    return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** The simulator's Chromium as it opens for a person, headed unless {@code headed} is false. */
  public static Browser openBrowser(SimulatedNetwork network, boolean headed) {
    BrowserSettings configured = BrowserSettings.fromSystemProperties();
    return Browser.open(
        new BrowserSettings(
            configured.chromium(), configured.chromedriver(), headed, Optional.empty()),
        network.proxyAddress());
  }

  public static void showStartPage(Browser browser) {
    browser.driver().get(START_PAGE);
  }

  private static Optional<Browser> openBrowser(SimulatedNetwork network) {
    try {
      return Optional.of(openBrowser(network, true));
    } catch (HarnessException e) {
      System.err.println("tejun: Chromium を開けませんでした: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static void printCommand(String proxy) {
    System.out.printf(
        """
        ブラウザをこのプロキシ経由で開いてください（証明書は模擬のものなので警告を無視します）:
          chromium --proxy-server=http://%1$s --ignore-certificate-errors \\
            --disable-features=HttpsUpgrades --user-data-dir="$(mktemp -d)" %2$s
        ただしこのブラウザでは、模擬のネットワーク障害（タイムアウト・名前解決できない）が、Chromium の
        「このサイトにアクセスできません」ではなく空白の 504 になります。手順と同じ画面を見るには、
        デスクトップ（画面のある環境）で実行してください。tejun が Chromium を開きます。
        停止するには Ctrl-C。
        """,
        proxy, START_PAGE);
  }

  /** Stops once, whichever comes first: the person closing Chromium, or Ctrl-C. */
  private static final class Simulation {
    private final SimulatedNetwork network;
    private Browser browser;
    private boolean stopped;

    Simulation(SimulatedNetwork network) {
      this.network = network;
    }

    synchronized void opened(Browser browser) {
      this.browser = browser;
      if (stopped) {
        quit(browser);
      }
    }

    synchronized void stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      if (browser != null) {
        quit(browser);
      }
      network.close();
      System.out.println("\n模擬ネットワークを停止しました。");
    }

    private static void quit(Browser browser) {
      try {
        browser.close();
      } catch (RuntimeException e) {
        // Chromium is already gone: the person closed it, or Ctrl-C reached it too.
      }
    }
  }
}
