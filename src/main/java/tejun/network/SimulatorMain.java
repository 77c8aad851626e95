package tejun.network;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import tejun.HarnessException;

/**
 * The simulated sites and network on their own, for a person to walk through a procedure by hand in
 * a browser of their own. Ctrl-C stops it.
 */
public final class SimulatorMain {
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
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  network.close();
                  System.out.println("\n模擬ネットワークを停止しました。");
                  stopped.countDown();
                }));
    String proxy = network.proxyAddress();
    System.out.println(
        """
        tejun 模擬ネットワークを起動しました。
          プロキシ: %1$s
        ブラウザをこのプロキシ経由で開いてください（証明書は模擬のものなので警告を無視します）:
          chromium --proxy-server=http://%1$s --ignore-certificate-errors \\
            --disable-features=HttpsUpgrades --user-data-dir="$(mktemp -d)" \\
            http://pc.tejun.test/ https://members-club.flets.com/pub/
        模擬PC（Windows の設定・ダイヤルアップ）: http://pc.tejun.test/
        模擬メール（サイトが送ったメール）: http://mail.tejun.test/　模擬電話（SMSと着信）: http://phone.tejun.test/
        メールソフトで読むには: IMAP %2$s:%3$d、SMTP %2$s:%4$d（暗号化なし）、
          ユーザー名もパスワードも宛先のメールアドレス（そのアドレスにメールが届いてから）
        停止するには Ctrl-C。\
        """
            .formatted(
                proxy,
                SimulatedMailbox.HOST,
                network.mailbox().imapPort(),
                network.mailbox().smtpPort()));
    stopped.await();
  }
}
