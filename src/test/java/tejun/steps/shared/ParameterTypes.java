package tejun.steps.shared;

import io.cucumber.java.ParameterType;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;

/**
 * The values every manual's sentences carry, each named for what it is and with the form it must
 * have. Most stand in 「…」 in a sentence, so they may hold anything but 「 and 」. A site's own types
 * live with its steps, named {@code <site>:…} (see {@code ParameterTypeNamesTest}).
 */
public class ParameterTypes {
  private static final String QUOTABLE = "[^「」]+";
  private final ScenarioContext context;

  public ParameterTypes(ScenarioContext context) {
    this.context = context;
  }

  /** An address as the manual gives it. */
  @ParameterType(name = "URL", value = "https?://[^「」\\s]+")
  public String url(String url) {
    return url;
  }

  /** A simulated site by the name its data file gives it (stubs/sites/*.json). */
  @ParameterType(name = "サイト", value = "[^「」\\s]+")
  public SampleSite site(String name) {
    return context.network().sites().all().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "「"
                        + name
                        + "」という名前のサイトは stubs/sites/*.json にありません: "
                        + context.network().sites().all().stream().map(SampleSite::name).toList()
                        + " のどれかを使うか、サイトのデータファイルを追加してください。"));
  }

  /** A screen by its title, as its title bar and heading give it. */
  @ParameterType(name = "画面名", value = QUOTABLE)
  public String screenTitle(String title) {
    return title;
  }

  /** The words on something a person clicks or presses: a button, a link, a menu item, a tab. */
  @ParameterType(name = "ボタン・リンク", value = QUOTABLE)
  public String clickable(String words) {
    return words;
  }

  /** An input's label: a text field, a check box, a list, a mail's 宛先 or 本文. */
  @ParameterType(name = "項目", value = QUOTABLE)
  public String field(String label) {
    return label;
  }

  /** One of the choices a list offers. */
  @ParameterType(name = "選択肢", value = QUOTABLE)
  public String option(String option) {
    return option;
  }

  /** What is typed into an input, or left in it; may be empty. */
  @ParameterType(name = "入力値", value = "[^「」]*")
  public String input(String value) {
    return value;
  }

  /** Words a screen shows, quoted from the manual. */
  @ParameterType(name = "文言", value = QUOTABLE)
  public String words(String words) {
    return words;
  }

  /** A message a screen or the browser gives: an error, a notice, a reason. */
  @ParameterType(name = "メッセージ", value = QUOTABLE)
  public String message(String message) {
    return message;
  }

  /** A mailbox: a customer's, or a site's. */
  @ParameterType(name = "メールアドレス", value = "[^「」\\s@]+@[^「」\\s@]+")
  public String mailAddress(String address) {
    return address;
  }

  /** A mail's 件名. */
  @ParameterType(name = "件名", value = QUOTABLE)
  public String subject(String subject) {
    return subject;
  }

  /** A phone number, fixed or mobile, with its hyphens. */
  @ParameterType(name = "電話番号", value = "[0-9０-９][0-9０-９-]*")
  public String phoneNumber(String number) {
    return number;
  }

  /** A browser, or an app with its own browser, by the name the site's user agents give it. */
  @ParameterType(name = "ブラウザ", value = QUOTABLE)
  public String browser(String name) {
    return name;
  }

  /**
   * What a code is called where it is sent and where it is asked for (ワンタイムキー, 認証コード): written
   * without 「」, as in 「ワンタイムキーを控える」.
   */
  @ParameterType(name = "番号名", value = QUOTABLE)
  public String codeName(String name) {
    return name;
  }

  /** A dial-up connection's name on the PC (ブロードバンド接続) or in a site's instructions. */
  @ParameterType(name = "接続名", value = QUOTABLE)
  public String connectionName(String name) {
    return name;
  }

  /** A user name: a PPPoE account's, as the instructions give it. */
  @ParameterType(name = "ユーザー名", value = QUOTABLE)
  public String userName(String user) {
    return user;
  }

  /** A password, as a customer types it or an instruction gives it. */
  @ParameterType(name = "パスワード", value = QUOTABLE)
  public String password(String password) {
    return password;
  }

  /** The line the simulated PC is on, by its name in stubs/network.json. */
  @ParameterType(name = "回線", value = QUOTABLE)
  public String line(String line) {
    return line;
  }
}
