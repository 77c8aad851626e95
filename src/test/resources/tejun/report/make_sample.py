#!/usr/bin/env python3
"""Writes tejun-sample.ndjson: a small hand-made Cucumber Messages run with tejun's attachment types.

Two manuals on two sites; a passed and a failed scenario (with the After hook's failure records),
screenshots attached more than once (the report must store each once), network state, SMS, mail
and voice messages, the browser note. As in tejun's harness, the screenshot and the network state
are attached by an AfterStep hook (the hook's test step right after each step); one scenario's
AfterStep hook fails. Run from this folder: python3 make_sample.py
"""
import base64, json

out = []
def emit(kind, body): out.append(json.dumps({kind: body}, ensure_ascii=False))
def ts(ms): return {"seconds": 1795300000 + ms // 1000, "nanos": (ms % 1000) * 1_000_000}
def png(name): return base64.b64encode(open(name, "rb").read()).decode()

LOGIN, CODE = png("screen-login.png"), png("screen-code.png")

F1_URI = "features/membersclub/line-auth.feature"
F1 = """# language: ja
@契約回線認証
機能: 契約回線認証で会員サイトにログインする
  フレッツ光の契約回線から、お客さまIDとパスワードを使わずに会員サイトへログインする手順です。
  お客さまから「IDが分からない」と問い合わせがあったときに案内します。

  出典: 会員サイト操作マニュアル 第3章「ログイン」 p.42
  出典: サポート対応手順書 2.1「ID不明時の案内」 p.7

  シナリオ: 契約回線からログインできる
    前提 模擬PCをISP回線に接続する
    もし 会員サイトのログイン画面を開く
    かつ 「契約回線認証でログイン」を押す
    ならば SMSで確認コードが届く
    かつ 登録メールアドレスに通知メールが届く

  シナリオ: ブロードバンド接続が切れているとログインできない
    前提 模擬PCのブロードバンド接続を切断する
    もし 会員サイトのログイン画面を開く
    かつ 「契約回線認証でログイン」を押す
    ならば ログイン完了画面が表示される
"""
F2_URI = "classpath:features/www.example-isp.jp/voice-code.feature"
F2 = """# language: ja
機能: 電話で確認コードを受け取る
  SMSを受け取れないお客さま向けに、音声通話で確認コードを伝える手順です。
  出典：本人確認マニュアル 第5章 p.12

  シナリオ: 音声通話で確認コードが伝えられる
    もし 確認コードを音声で受け取るを選ぶ
    ならば 音声で確認コードが伝えられる

  シナリオ: 確認コードの受け取り方を選び直せる
    もし 確認コードをSMSで受け取るを選ぶ
    ならば 確認コードの受け取り方を選び直すリンクが表示される
"""

emit("meta", {"protocolVersion": "30.1.0", "implementation": {"name": "cucumber-jvm", "version": "7.34.3"},
              "runtime": {"name": "OpenJDK 64-Bit Server VM", "version": "17"}, "os": {"name": "Linux"},
              "cpu": {"name": "amd64"}})
ids = iter(range(1, 10_000))
def nid(): return str(next(ids))

def document(uri, text, feature_name, desc, tags, scenarios, keywords):
    emit("source", {"uri": uri, "data": text, "mediaType": "text/x.cucumber.gherkin+plain"})
    children, pickles = [], []
    for sc_name, steps in scenarios:
        ast_steps = []
        for (kw, txt) in steps:
            ast_steps.append({"id": nid(), "keyword": kw, "keywordType": "Action", "text": txt,
                              "location": {"line": 1, "column": 5}})
        sc = {"id": nid(), "keyword": "シナリオ", "name": sc_name, "description": "", "steps": ast_steps,
              "examples": [], "tags": [], "location": {"line": 1, "column": 3}}
        children.append({"scenario": sc})
        pickles.append({"id": nid(), "uri": uri, "name": sc_name, "language": "ja", "astNodeIds": [sc["id"]],
                        "tags": [{"name": t, "astNodeId": "0"} for t in tags],
                        "steps": [{"id": nid(), "text": s["text"], "type": "Action", "astNodeIds": [s["id"]]}
                                  for s in ast_steps]})
    emit("gherkinDocument", {"uri": uri, "comments": [], "feature": {
        "location": {"line": 3, "column": 1}, "tags": [{"name": t, "id": nid(), "location": {"line": 2, "column": 1}} for t in tags],
        "language": "ja", "keyword": "機能", "name": feature_name, "description": desc, "children": children}})
    for p in pickles:
        emit("pickle", p)
    return pickles

p1 = document(F1_URI, F1, "契約回線認証で会員サイトにログインする",
    "  フレッツ光の契約回線から、お客さまIDとパスワードを使わずに会員サイトへログインする手順です。\n"
    "  お客さまから「IDが分からない」と問い合わせがあったときに案内します。\n\n"
    "  出典: 会員サイト操作マニュアル 第3章「ログイン」 p.42\n  出典: サポート対応手順書 2.1「ID不明時の案内」 p.7",
    ["@契約回線認証"],
    [("契約回線からログインできる", [("前提", "模擬PCをISP回線に接続する"), ("もし", "会員サイトのログイン画面を開く"),
      ("かつ", "「契約回線認証でログイン」を押す"), ("ならば", "SMSで確認コードが届く"),
      ("かつ", "登録メールアドレスに通知メールが届く")]),
     ("ブロードバンド接続が切れているとログインできない", [("前提", "模擬PCのブロードバンド接続を切断する"),
      ("もし", "会員サイトのログイン画面を開く"), ("かつ", "「契約回線認証でログイン」を押す"),
      ("ならば", "ログイン完了画面が表示される")])], None)
p2 = document(F2_URI, F2, "電話で確認コードを受け取る",
    "  SMSを受け取れないお客さま向けに、音声通話で確認コードを伝える手順です。\n  出典：本人確認マニュアル 第5章 p.12", [],
    [("音声通話で確認コードが伝えられる", [("もし", "確認コードを音声で受け取るを選ぶ"), ("ならば", "音声で確認コードが伝えられる")]),
     ("確認コードの受け取り方を選び直せる", [("もし", "確認コードをSMSで受け取るを選ぶ"),
      ("ならば", "確認コードの受け取り方を選び直すリンクが表示される")])], None)

BEFORE, AFTER, AFTER_STEP = nid(), nid(), nid()
emit("hook", {"id": BEFORE, "type": "BEFORE_TEST_CASE", "sourceReference": {"uri": "tejun/Hooks.java"}})
emit("hook", {"id": AFTER, "type": "AFTER_TEST_CASE", "sourceReference": {"uri": "tejun/Hooks.java"}})
emit("hook", {"id": AFTER_STEP, "type": "AFTER_TEST_STEP", "sourceReference": {"uri": "tejun/Hooks.java"}})
run = nid()
emit("testRunStarted", {"id": run, "timestamp": ts(0)})
clock = [0]
def tick(ms=300):
    clock[0] += ms
    return ts(clock[0])

def att(tcs, step, media, name, body, b64=False):
    emit("attachment", {"testCaseStartedId": tcs, "testStepId": step, "mediaType": media, "fileName": name,
                        "body": body, "contentEncoding": "BASE64" if b64 else "IDENTITY", "timestamp": ts(clock[0])})

def jsn(o): return json.dumps(o, ensure_ascii=False)
BROWSER = jsn({"name": "Chromium", "version": "156.0.8078.79"})
# As the harness sends it (kind and connected are for programs), plus keys older harnesses sent.
NET_UP = jsn({"connections": [{"name": "ISP回線", "kind": "line", "status": "接続済み"},
                              {"name": "ブロードバンド接続", "kind": "pppoe", "connected": True, "status": "接続済み"}],
              "route": "インターネット", "lastError": "", "hasDialUps": True})
NET_DOWN = jsn({"connections": [{"name": "ISP回線", "kind": "line", "status": "使われていません"},
                                {"name": "ブロードバンド接続", "kind": "pppoe", "connected": False}],
                "route": "なし（インターネットに出られません）"})
SMS = jsn({"kind": "sms", "to": "090-1234-5678", "from": "FLETS", "body": "【会員サイト】確認コードは 482913 です。10分以内に入力してください。", "code": "482913"})
MAIL = jsn({"kind": "mail", "to": "taro.yamada@example.jp", "from": "no-reply@members-club.example", "subject": "【会員サイト】ログインのお知らせ", "body": "山田 太郎 様\n\n契約回線認証で会員サイトにログインしました。\nお心当たりがない場合はサポートセンターへご連絡ください。"})
VOICE = jsn({"kind": "voice", "to": "03-1234-5678", "body": "確認コードを申し上げます。7、3、0、5、1、8。繰り返します。", "code": "730518"})
STACK = ("org.openqa.selenium.NoSuchElementException: no such element: Unable to locate element: {\"method\":\"css selector\",\"selector\":\"#line-auth\"}\n"
         "  (Session info: chrome=156.0.8078.79)\n"
         "For documentation on this error, please visit: https://www.selenium.dev/documentation/webdriver/troubleshooting/errors#nosuchelementexception\n"
         "\tat org.openqa.selenium.remote.RemoteWebDriver.findElement(RemoteWebDriver.java:361)\n"
         "\tat tejun.steps.BrowserSteps.press(BrowserSteps.java:88)\n"
         "\tat ✽.「契約回線認証でログイン」を押す(classpath:features/membersclub/line-auth.feature:18)\n")
HTML = "<!DOCTYPE html><html lang=\"ja\"><head><title>接続できません</title><script>alert('x')</script></head><body><h1>このサイトにアクセスできません</h1></body></html>"
NEAR = ("最も近かった模擬応答: GET /auth/line （契約回線認証）\n"
        "合わなかった理由:\n"
        "  ヘッダー X-Line-Id: 期待値 \"FLETS-0001\" / 実際 (なし)\n"
        "  → ブロードバンド接続が切断されているため、回線IDが送られていません。")

def case(pickle, plan):
    """plan: (status, [attachments], error) for the Before hook, then for each step a pair: the step's and its
    AfterStep hook's, then the After hook's."""
    tc = nid()
    steps = [{"id": nid(), "hookId": BEFORE}]
    for s in pickle["steps"]:
        steps.append({"id": nid(), "pickleStepId": s["id"], "stepDefinitionIds": [], "stepMatchArgumentsLists": []})
        steps.append({"id": nid(), "hookId": AFTER_STEP})
    steps.append({"id": nid(), "hookId": AFTER})
    flat = [plan[0]] + [x for pair in plan[1:-1] for x in pair] + [plan[-1]]
    assert len(flat) == len(steps), (pickle["name"], len(flat), len(steps))
    emit("testCase", {"id": tc, "pickleId": pickle["id"], "testSteps": steps, "testRunStartedId": run})
    tcs = nid()
    emit("testCaseStarted", {"id": tcs, "testCaseId": tc, "attempt": 0, "timestamp": tick(10)})
    for step, (status, atts, err) in zip(steps, flat):
        emit("testStepStarted", {"testCaseStartedId": tcs, "testStepId": step["id"], "timestamp": tick(5)})
        start = clock[0]
        tick((800 if "pickleStepId" in step else 120) if status != "SKIPPED" else 0)
        for media, name, body, b64 in atts:
            att(tcs, step["id"], media, name, body, b64)
        result = {"status": status, "duration": {"seconds": (clock[0] - start) // 1000, "nanos": ((clock[0] - start) % 1000) * 1_000_000}}
        if err:
            kind, text = err
            result["message"] = text
            result["exception"] = {"type": kind, "message": text.split("\n")[0].split(": ", 1)[1], "stackTrace": text}
        emit("testStepFinished", {"testCaseStartedId": tcs, "testStepId": step["id"], "testStepResult": result, "timestamp": tick(1)})
    emit("testCaseFinished", {"testCaseStartedId": tcs, "timestamp": tick(5), "willBeRetried": False})

B = ("application/vnd.tejun.browser+json", "ブラウザ", BROWSER, False)
def shot(data): return ("image/png", "画面", data, True)
def net(body): return ("application/vnd.tejun.network+json", "模擬PCとネットワーク", body, False)
NO_SUCH = ("org.openqa.selenium.NoSuchElementException", STACK)
UNANSWERED = ("java.lang.AssertionError", "java.lang.AssertionError: The browser asked the simulated network for something no stub answers:\n"
              + NEAR + "\n\tat tejun.hooks.ScenarioHooks.failOnUnansweredRequests(ScenarioHooks.java:66)\n")
NO_SHOT = ("org.openqa.selenium.WebDriverException", "org.openqa.selenium.WebDriverException: unknown error: session deleted because of page crash\n"
           "\tat org.openqa.selenium.remote.RemoteWebDriver.getScreenshotAs(RemoteWebDriver.java:320)\n"
           "\tat tejun.hooks.ScenarioHooks.illustrate(ScenarioHooks.java:36)\n")
OK = ("PASSED", [], None)
SKIP = ("SKIPPED", [], None)
case(p1[0], [("PASSED", [B], None),
             (OK, ("PASSED", [net(NET_UP)], None)),
             (OK, ("PASSED", [shot(LOGIN)], None)),
             (OK, ("PASSED", [shot(CODE)], None)),
             (("PASSED", [("application/vnd.tejun.message+json", "SMS", SMS, False)], None), ("PASSED", [shot(CODE)], None)),
             (("PASSED", [("application/vnd.tejun.message+json", "メール", MAIL, False)], None), OK),
             OK])
case(p1[1], [("PASSED", [B], None),
             (OK, ("PASSED", [net(NET_DOWN)], None)),
             (OK, ("PASSED", [shot(LOGIN)], None)),
             (("FAILED", [], NO_SUCH), ("PASSED", [shot(LOGIN)], None)),
             (SKIP, SKIP),
             ("FAILED", [("text/uri-list", "URL", "http://localhost:8089/login", False),
                         ("text/html", "ページのHTML", HTML, False),
                         ("text/plain", "WireMockのニアミス", NEAR, False),
                         shot(LOGIN)], UNANSWERED)])
case(p2[0], [("PASSED", [B], None),
             (OK, ("PASSED", [shot(CODE)], None)),
             (("PASSED", [("application/vnd.tejun.message+json", "音声", VOICE, False)], None), OK),
             OK])
case(p2[1], [("PASSED", [B], None),
             (OK, ("FAILED", [net(NET_UP)], NO_SHOT)),
             (SKIP, SKIP),
             ("PASSED", [("text/uri-list", "URL", "http://localhost:8089/code/choose", False)], None)])
emit("testRunFinished", {"testRunStartedId": run, "timestamp": tick(50), "success": False})
open("tejun-sample.ndjson", "w", encoding="utf-8").write("\n".join(out) + "\n")
