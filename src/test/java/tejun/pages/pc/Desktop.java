package tejun.pages.pc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The PC's desktop, with the taskbar and the Windows button at its lower left. */
public final class Desktop extends PcScreen {
  private static final By WINDOWS_BUTTON = By.cssSelector("[aria-label='Windowsボタン']");

  private Desktop(WebDriver driver) {
    super(driver, "デスクトップ");
  }

  public static Desktop open(WebDriver driver) {
    navigate(driver, HOME);
    return new Desktop(driver);
  }

  /** Presses the button the manual calls 「Windowsボタン」, where it says: lower left. */
  public StartMenu pressWindowsButton() {
    WebElement button = find(WINDOWS_BUTTON);
    Rectangle box = button.getRect();
    Number width = (Number) ((JavascriptExecutor) driver).executeScript("return innerWidth");
    Number height = (Number) ((JavascriptExecutor) driver).executeScript("return innerHeight");
    assertTrue(
        box.getX() < width.intValue() / 4 && box.getY() > height.intValue() * 3 / 4,
        "「Windowsボタン」は画面の左下にあるはずが、" + box.getPoint() + " にあります");
    button.click();
    return new StartMenu(driver);
  }
}
