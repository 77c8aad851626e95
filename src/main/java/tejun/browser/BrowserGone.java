package tejun.browser;

/**
 * The scenario's Chromium, or its chromedriver, ended in the middle of a step (killed, crashed, out
 * of memory): said in one line a support engineer can act on, with Selenium's error as the cause.
 */
public final class BrowserGone extends RuntimeException {
  public static final String MESSAGE =
      "Chromium（またはその chromedriver）が手順の途中で終了しました。この手順は失敗として記録し、次の手順には新しい"
          + " Chromium を使います。繰り返すときは、メモリの空きと、chromium と chromium-driver の版がそろっているかを確かめてください"
          + "（Chromium or its chromedriver exited during this step）。";

  public BrowserGone(Throwable cause) {
    super(MESSAGE, cause);
  }
}
