package tejun.report;

import io.cucumber.messages.types.TestStepResultStatus;

/**
 * Cucumber's step statuses in the words support staff read, worst last (as Cucumber ranks them).
 */
enum Status {
  UNKNOWN("不明", "unknown"),
  PASSED("成功", "passed"),
  SKIPPED("未実行", "skipped"),
  PENDING("保留", "pending"),
  UNDEFINED("未定義", "undefined"),
  AMBIGUOUS("曖昧", "ambiguous"),
  FAILED("失敗", "failed");

  final String word;
  final String css;

  Status(String word, String css) {
    this.word = word;
    this.css = css;
  }

  static Status of(TestStepResultStatus s) {
    return s == null ? UNKNOWN : valueOf(s.name());
  }

  Status worst(Status other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** A problem a reader must look at: anything but passed and skipped. */
  boolean isProblem() {
    return this != PASSED && this != SKIPPED;
  }

  /** A mark that does not rely on colour. */
  public String mark() {
    return switch (this) {
      case PASSED -> "✓";
      case FAILED -> "✗";
      case SKIPPED -> "–";
      default -> "!";
    };
  }
}
