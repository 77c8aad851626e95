package tejun.pages.pc;

import org.openqa.selenium.WebDriver;
import tejun.pages.Screen;

/** A screen of the simulated PC: Windows' settings, modelled as pages titled 【模擬PC】…. */
abstract class PcScreen extends Screen {
  static final String HOME = "http://pc.tejun.test/";

  PcScreen(WebDriver driver, String title) {
    super(driver, "【模擬PC】" + title);
  }
}
