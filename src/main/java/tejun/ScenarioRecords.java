package tejun;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the scenario hooks attach and the report reads: the two sides agree on these names and media
 * types, so neither repeats the other's literals.
 */
public final class ScenarioRecords {
  public static final String SCREENSHOT_TYPE = "image/png";
  public static final String SCREENSHOT_NAME = "画面";

  /**
   * The screen as it was before a step acted on it, the elements it pressed, typed into or chose
   * framed in red; attached before the step's {@link #SCREENSHOT_NAME}.
   */
  public static final String BEFORE_ACTION_NAME = "操作する前の画面";

  /**
   * Where the step acted on its {@link #BEFORE_ACTION_NAME} screen, for the report to frame: {@code
   * {"cssWidth": the page's width in CSS pixels, "boxes": [[x, y, width, height], …], "masks": [the
   * boxes that screen masks, as in MASKS_TYPE]}}, attached right after that screen.
   */
  public static final String FRAMES_TYPE = "application/vnd.tejun.frames+json";

  public static final String FRAMES_NAME = "操作した箇所";

  /**
   * What on a step's {@link #SCREENSHOT_NAME} screen differs from run to run (a random code, a
   * time), for a comparison with an earlier run to leave out: the same form as {@link
   * #FRAMES_TYPE}, attached right after that screen when the page marks something.
   */
  public static final String MASKS_TYPE = "application/vnd.tejun.masks+json";

  public static final String MASKS_NAME = "比較しない箇所";

  /**
   * What the step compared with the screen and found, each word with its box ({@link
   * tejun.records.ComparedRecord}), attached right after the step's {@link #SCREENSHOT_NAME}.
   */
  public static final String COMPARED_TYPE = "application/vnd.tejun.compared+json";

  public static final String COMPARED_NAME = "確認した文言";

  /** What a screen says, attached with the first attachment of its image, for the search. */
  public static final String SCREEN_TEXT_TYPE = "application/vnd.tejun.screen-text+json";

  public static final String SCREEN_TEXT_NAME = "画面の文字";

  /**
   * An image the run attached before, named again: {@code {"sha256": "…", "mediaType":
   * "image/png"}} under the name the image would have had. A screen that did not change is attached
   * once.
   */
  public static final String SAME_IMAGE_TYPE = "application/vnd.tejun.same-image+json";

  /** How {@link #SAME_IMAGE_TYPE} names an image: the lower-case hex SHA-256 of its bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The simulated PC's connections and route, attached when a step changed them. */
  public static final String NETWORK_TYPE = "application/vnd.tejun.network+json";

  public static final String NETWORK_NAME = "模擬PCとネットワーク";

  /** The browser's name and version, attached once per scenario. */
  public static final String BROWSER_TYPE = "application/vnd.tejun.browser+json";

  public static final String BROWSER_NAME = "ブラウザ";

  /** A mail, SMS or call the customer received, attached after the step it arrived in. */
  public static final String MESSAGE_TYPE = "application/vnd.tejun.message+json";

  public static final String MAIL_NAME = "メール";
  public static final String SMS_NAME = "SMS";
  public static final String CALL_NAME = "電話";

  /**
   * The stubs the scenario's simulated network served ({@link tejun.records.ReachedRecord}),
   * attached once at the scenario's end for the model-mutation tool; not shown in the report.
   */
  public static final String REACHED_TYPE = "application/vnd.tejun.reached+json";

  public static final String REACHED_NAME = "到達したスタブ";

  public static final String URL_TYPE = "text/uri-list";
  public static final String URL_NAME = "URL";
  public static final String PAGE_HTML_TYPE = "text/html";
  public static final String PAGE_HTML_NAME = "ページのHTML";

  /** WireMock's near-miss report for requests no stub answered. */
  public static final String NEAR_MISS_NAME = "WireMockのニアミス";

  /**
   * Words every failure caused by a request no stub answers carries, so the report can say it in
   * plain words.
   */
  public static final String UNANSWERED_MARKER = "no stub answers";

  private ScenarioRecords() {}
}
