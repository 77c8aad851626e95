package tejun.steps.pc;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.util.List;
import org.openqa.selenium.WebDriver;
import tejun.context.ScenarioContext;
import tejun.pages.pc.ConnectToInternetPage;
import tejun.pages.pc.Desktop;
import tejun.pages.pc.DialUpPage;
import tejun.pages.pc.NetworkAndInternetPage;
import tejun.pages.pc.SetUpConnectionPage;
import tejun.steps.shared.Written;

/** Windows' dial-up settings on the simulated PC: creating, connecting, disconnecting PPPoE. */
public class DialUpSteps {
  private final ScenarioContext context;

  public DialUpSteps(ScenarioContext context) {
    this.context = context;
  }

  private WebDriver pcWindow() {
    return context.pcWindow();
  }

  @前提("このPCには「{接続名}」\\(ユーザー名「{ユーザー名}」、パスワード「{パスワード}」)が既に設定されている")
  public void alreadySetUp(String name, String user, String password) {
    context.network().pc().createPppoe(name, user, password);
  }

  @もし("PCを再起動する")
  public void restartPc() {
    context.closeBrowser();
    context.network().pc().restart();
  }

  @前提("このPCの回線は「{回線}」である")
  public void lineIs(String line) {
    context.network().pc().useLine(line);
  }

  @もし("左下のWindowsボタンから「設定」をクリックして「Windowsの設定」を開く")
  public void openWindowsSettings() {
    Desktop.open(pcWindow()).pressWindowsButton().openSettings();
  }

  @もし("左メニューの「ダイヤルアップ」をクリックする")
  public DialUpPage openDialUp() {
    return new NetworkAndInternetPage(pcWindow()).openDialUp();
  }

  @もし("左メニューの「ダイヤルアップ」をクリックし、「新しい接続を設定する」をクリックする")
  public void setUpNewConnection() {
    openDialUp().setUpNewConnection();
  }

  @ならば("「接続またはネットワークのセットアップ」が開く")
  public void setUpConnectionIsOpen() {
    new SetUpConnectionPage(pcWindow());
  }

  @もし("「インターネットに接続します」を選択し「次へ」をクリックする")
  public void chooseConnectToInternet() {
    ConnectToInternetPage page = new SetUpConnectionPage(pcWindow()).choose("インターネットに接続します");
    assertEquals("既にインターネットに接続しています", page.heading());
  }

  @もし("PPPoE接続用のユーザー名「{ユーザー名}」とパスワード「{パスワード}」を入力して「接続」をクリックする")
  public void enterAccountAndConnect(String user, String password) {
    ConnectToInternetPage page = wizard();
    page.enterPppoeAccount(user, password);
    page.click("接続");
  }

  @ならば("接続が始まる")
  public void connectionStarts() {
    String starting = "ブロードバンド接続 に接続中...";
    assertEquals(starting, wizard().showing(starting).heading());
  }

  @ならば("「接続の使用準備ができました」と表示される")
  public void readyToUse() {
    String ready = "接続の使用準備ができました";
    assertEquals(ready, wizard().showing(ready).heading());
  }

  @もし("ダイヤルアップの画面をリロードする")
  public void reloadDialUp() {
    new DialUpPage(pcWindow()).reload();
  }

  @ならば("「{接続名}」が作成されている")
  public void connectionExists(String name) {
    Written.assertWritten(List.of(name), new DialUpPage(pcWindow()).connectionNames(), "ダイヤルアップ");
  }

  @もし("「{接続名}」の「接続」をクリックする")
  public void connect(String name) {
    new DialUpPage(pcWindow()).press(name, "接続");
  }

  @ならば("「{接続名}」に「接続済み」と表示される")
  public void connected(String name) {
    assertEquals("接続済み", new DialUpPage(pcWindow()).status(name));
  }

  @もし("ダイヤルアップの「{接続名}」を切断する")
  public void disconnect(String name) {
    new DialUpPage(pcWindow()).press(name, "切断");
  }

  @ならば("「{接続名}」は接続されていない")
  public void notConnected(String name) {
    DialUpPage page = new DialUpPage(pcWindow());
    assertEquals("", page.status(name));
    assertEquals("接続", page.buttonOf(name));
  }

  @ならば("「ネットワークとインターネット」の「状態」に、接続先「{文言}」と表示される")
  public void routeShown(String network) {
    assertEquals(network, new NetworkAndInternetPage(pcWindow()).route());
  }

  @ならば("ダイヤルアップの画面に「{メッセージ}」というエラーが表示される")
  public void errorShown(String message) {
    assertEquals(message, new DialUpPage(pcWindow()).error());
  }

  private ConnectToInternetPage wizard() {
    return new ConnectToInternetPage(pcWindow());
  }
}
