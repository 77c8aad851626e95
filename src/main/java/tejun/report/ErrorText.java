package tejun.report;

import io.cucumber.messages.types.Exception;
import io.cucumber.messages.types.TestStepResult;
import java.util.Optional;
import tejun.ScenarioRecords;

/** A failure in plain words first, the technical detail after. */
record ErrorText(String plain, String firstLine, String full) {
  /**
   * tejun's After hook fails a scenario whose browser asked for something the simulated network
   * lacks.
   */
  static final String UNANSWERED =
      "ブラウザが、模擬ネットワークに用意されていない相手と通信しようとしました（「"
          + ScenarioRecords.NEAR_MISS_NAME
          + "」に、最も近かった模擬応答と合わなかった理由があります）。";

  static Optional<ErrorText> of(TestStepResult result, Status status) {
    if (result == null || !status.isProblem() && !result.getMessage().isPresent()) {
      return Optional.empty();
    }
    Optional<Exception> ex = result.getException();
    String type = ex.map(Exception::getType).orElse("");
    String message = ex.flatMap(Exception::getMessage).or(result::getMessage).orElse("");
    String full = ex.flatMap(Exception::getStackTrace).or(result::getMessage).orElse(message);
    if (status == Status.SKIPPED && message.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new ErrorText(plain(type, message, status), firstLine(message), full.strip()));
  }

  /** A request the simulated network has no stub for. */
  boolean isUnanswered() {
    return full.contains(ScenarioRecords.UNANSWERED_MARKER)
        || firstLine.contains(ScenarioRecords.UNANSWERED_MARKER);
  }

  ErrorText withPlain(String words) {
    return new ErrorText(words, firstLine, full);
  }

  static ErrorText ofRun(String message, Exception ex) {
    String type = ex == null ? "" : ex.getType();
    String m = ex == null ? message : ex.getMessage().orElse(message);
    String full = ex == null ? message : ex.getStackTrace().orElse(m);
    return new ErrorText(
        plain(type, m == null ? "" : m, Status.FAILED), firstLine(m), full == null ? "" : full);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    for (String line : s.strip().split("\\R")) {
      if (!line.isBlank()) {
        String l = line.strip();
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
      }
    }
    return "";
  }

  private static String plain(String type, String message, Status status) {
    switch (status) {
      case UNDEFINED:
        return "この手順を自動で行う仕組みがまだ作られていません。";
      case PENDING:
        return "この手順の自動化は作業中です。";
      case AMBIGUOUS:
        return "この手順に当てはまる自動化が複数あり、どれを使うか決められませんでした。";
      case SKIPPED:
        return "この手順は実行されませんでした。";
      default:
        break;
    }
    String t = type + " " + firstLine(message);
    if (t.contains("BrowserGone")) {
      return firstLine(message);
    }
    if (t.contains(ScenarioRecords.UNANSWERED_MARKER)) {
      return UNANSWERED;
    }
    if (t.contains("NoSuchElement")) {
      return "画面に、探していた項目（ボタンや入力欄など）が見つかりませんでした。";
    }
    if (t.contains("Timeout") || t.contains("timed out")) {
      return "決められた時間内に、画面が期待した状態になりませんでした。";
    }
    if (t.contains("Assertion") || t.contains("ComparisonFailure") || t.contains("expected")) {
      return "画面や結果が、マニュアルに書かれた期待どおりではありませんでした。";
    }
    if (t.contains("WebDriver") || t.contains("SessionNotCreated")) {
      return "ブラウザの操作中に問題が起きました。";
    }
    if (t.contains("VerificationException")
        || t.contains("ConnectException")
        || t.contains("WireMock")) {
      return "模擬サーバーとのやりとりで問題が起きました。";
    }
    return "手順の実行中に問題が起きました。";
  }

  /** The stack trace, when it says more than the first line (shown folded away). */
  public String stack() {
    return full.isEmpty() || full.equals(firstLine) ? "" : full;
  }
}
