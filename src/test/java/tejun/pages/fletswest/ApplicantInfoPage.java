package tejun.pages.fletswest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** 「回線情報通知 申込者情報入力」 (お申込者情報入力). */
public final class ApplicantInfoPage extends Screen {
  public static final String TITLE = "回線情報通知 申込者情報入力";

  public ApplicantInfoPage(WebDriver driver) {
    super(driver, TITLE);
  }

  /** ■ 工事完了通知: how long the work takes, and that a mail tells when it is done. */
  public String workNotice() {
    return text(By.id("work-notice"));
  }
}
