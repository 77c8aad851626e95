package tejun.steps;

/** The browser windows a procedure uses, by the names the steps give them. */
public final class BrowserWindows {
  /** The first tab: the members' site, where the point exchange waits. */
  public static final String SITE = "サイトのタブ";

  /** The new tab opened for the contract line check (point_Auth.jsp). */
  public static final String LINE_CHECK = "契約回線確認のタブ";

  /** A tab for the official site's instructions (flets.com). */
  public static final String OFFICIAL_SITE = "公式サイトのタブ";

  /** The simulated PC's settings, a window of its own. */
  public static final String PC = "PCの設定";

  private BrowserWindows() {}
}
