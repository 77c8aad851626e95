package tejun.harness;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tejun.browser.Browser;
import tejun.browser.BrowserSettings;
import tejun.network.SimulatedNetwork;

class CdpProbeTest {
  @Test
  void probe() {
    try (SimulatedNetwork net = SimulatedNetwork.start(Path.of("stubs"), 0);
        Browser b = Browser.open(BrowserSettings.fromSystemProperties(), net.proxyAddress())) {
      long t = System.nanoTime();
      b.driver().get("https://members-club.flets.com/pub/");
      System.out.println("TITLE " + b.driver().getTitle() + " " + (System.nanoTime() - t) / 1e6);
      System.out.println("BODY " + b.driver().findElement(org.openqa.selenium.By.tagName("body")).getText());
      b.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      t = System.nanoTime();
      try { b.driver().get("https://www.v4flets-east.jp/wso_point/point_Auth.jsp"); } catch (org.openqa.selenium.WebDriverException e) { System.out.println("NAVERR " + e.getMessage().lines().findFirst().get()); }
      System.out.println("TAB2 " + b.driver().getTitle() + " " + (System.nanoTime() - t) / 1e6);
      System.out.println("BODY2 " + b.driver().findElement(org.openqa.selenium.By.tagName("body")).getText());
      net.pc().createPppoe("ブロードバンド接続","guest@v4flets-east.jp","guest"); net.pc().connect("ブロードバンド接続"); t = System.nanoTime(); try { b.driver().get("https://members-club.flets.com/pub/"); } catch (org.openqa.selenium.WebDriverException e) { System.out.println("NAVERR " + e.getMessage().lines().findFirst().get()); } System.out.println("TIMEOUT " + (System.nanoTime() - t) / 1e6 + b.driver().getTitle() + " " + b.driver().findElement(org.openqa.selenium.By.tagName("body")).getText()); b.driver().get("https://unknown.example/x");
      System.out.println("BODY3 " + b.driver().findElement(org.openqa.selenium.By.tagName("body")).getText());
      System.out.println("VERSION " + b.version());
      System.out.println("UNMATCHED " + net.unmatchedReport());
    }
  }
}
