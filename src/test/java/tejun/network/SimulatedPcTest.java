package tejun.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network model as the real stubs/network.json declares it: its hosts, lines and PPPoE
 * accounts.
 */
class SimulatedPcTest {
  private SimulatedPc pc;

  @BeforeEach
  void freshPc() {
    pc = new SimulatedPc(NetworkMap.load(Path.of("stubs/network.json")));
  }

  @Test
  void theOrdinaryLineReachesTheInternetButNotTheNgn() {
    assertThat(pc.reach("members-club.flets.com")).isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(pc.reach("www.v4flets-east.jp"))
        .isEqualTo(new SimulatedPc.Unreachable("NameNotResolved", "フレッツ網/NGN網（NTT東日本）"));
  }

  @Test
  void aSingleSessionPppoeLinkToTheNgnCutsTheInternetOffUntilDisconnected() {
    pc.createPppoe("ブロードバンド接続", "guest@v4flets-east.jp", "guest");
    assertThat(pc.connect("ブロードバンド接続")).isTrue();

    assertThat(pc.reach("www.v4flets-east.jp")).isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(pc.reach("members-club.flets.com"))
        .isEqualTo(new SimulatedPc.Unreachable("TimedOut", "インターネット"));

    pc.disconnect("ブロードバンド接続");
    assertThat(pc.reach("members-club.flets.com")).isInstanceOf(SimulatedPc.Reachable.class);
  }

  @Test
  void wrongPppoeCredentialsAreRefusedWithWindowsError691() {
    pc.createPppoe("ブロードバンド接続", "guest@v4flets-east.jp", "wrong");
    assertThat(pc.connect("ブロードバンド接続")).isFalse();
    assertThat(pc.snapshot().get("lastError").toString()).startsWith("エラー 691");
    assertThat(pc.reach("members-club.flets.com")).isInstanceOf(SimulatedPc.Reachable.class);
  }

  @Test
  void thePcsOwnScreensAndUnknownHostsAreNotRouted() {
    pc.createPppoe("ブロードバンド接続", "guest@v4flets-east.jp", "guest");
    pc.connect("ブロードバンド接続");
    assertThat(pc.reach("pc.tejun.test")).isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(pc.reach("unknown.example")).isInstanceOf(SimulatedPc.NotOnMap.class);
  }

  @Test
  void theSnapshotNamesTheOrdinaryLineEvenThroughAPppoeSession() {
    pc.useLine("フレッツ光ネクスト（NTT西日本、見本の回線1）");
    pc.createPppoe("サービス情報サイト", "flets@flets", "flets");
    assertThat(pc.connect("サービス情報サイト")).isTrue();

    assertThat(pc.snapshot())
        .containsEntry("line", "フレッツ光ネクスト（NTT西日本、見本の回線1）")
        .containsEntry("route", "フレッツ網（NTT西日本）");
    assertThat(pc.reach("www.flets-west.jp")).isInstanceOf(SimulatedPc.Reachable.class);
    assertThat(pc.reach("www.v4flets-east.jp"))
        .isEqualTo(new SimulatedPc.Unreachable("NameNotResolved", "フレッツ網/NGN網（NTT東日本）"));
  }
}
