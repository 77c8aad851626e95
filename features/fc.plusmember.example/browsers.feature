# language: ja
@plusmember @ブラウザ
機能: ■お手続きの環境について: Webブラウザ(Safari/Chrome)でアクセスし、アプリ内ブラウザは使わない
  サイトへは、必ずWebブラウザ(Safari/Chrome)でアクセスする。Yahoo! JAPANアプリ、Googleアプリ、
  Galaxyブラウザ(Samsung Internet Browser)、X(旧Twitter)・Instagram・LINEなどのSNSアプリ経由の閲覧は動作保証外。
  出典: 「サイトリニューアル後の初回ログインについて」 Q.【STEP2】初回ログイン時、会員番号・生年月日8桁で認証されません。 ■お手続きの環境について
  # 想定: サイトはUser-Agentでアプリ内ブラウザを見分け、ログインと初回ログインの代わりに「ご利用の環境について」の案内を出す (FAQは動作保証外とだけ書いている)。
  # 想定: 各ブラウザ・アプリのUser-Agentは stubs/browsers.json の見本 (iPhoneのSafari、AndroidのChrome、各アプリ)。

  シナリオアウトライン: Webブラウザ(<ブラウザ>)では、ログイン画面から初回ログインへ進める
    前提 「<ブラウザ>」でサイトを閲覧する
    もし ファンクラブサイトの「https://fc.plusmember.example/login」を開く
    ならば 「ログイン」の画面が表示される
    もし 「初回ログインはこちら」をクリックする
    かつ 「初回ログインをはじめる」をクリックする
    ならば 「【STEP2】初回ログイン」の画面が表示される

    例:
      | ブラウザ |
      | Safari   |
      | Chrome   |

  シナリオアウトライン: <アプリ>で開くと、動作保証外の環境として案内される
    前提 「<アプリ>」でサイトを閲覧する
    もし ファンクラブサイトの「https://fc.plusmember.example/login」を開く
    ならば 「ご利用の環境について」の画面に「サイトへは、必ずWebブラウザ(Safari/Chrome)でアクセスしてください。」と案内される
    かつ 画面に「<FAQの表記>」と書かれている

    例:
      | アプリ                                   | FAQの表記                                                    |
      | Yahoo! JAPANアプリ                       | Yahoo! JAPANアプリ                                           |
      | Googleアプリ                             | Googleアプリ                                                 |
      | Galaxyブラウザ(Samsung Internet Browser) | Galaxyブラウザ(Samsung Internet Browser)                     |
      | X(旧Twitter)                             | X(旧Twitter)、Instagram、LINEなどの各種SNSアプリ経由でのサイト閲覧 |
      | Instagram                                | X(旧Twitter)、Instagram、LINEなどの各種SNSアプリ経由でのサイト閲覧 |
      | LINE                                     | X(旧Twitter)、Instagram、LINEなどの各種SNSアプリ経由でのサイト閲覧 |
