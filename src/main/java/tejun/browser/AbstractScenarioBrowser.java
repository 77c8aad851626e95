package tejun.browser;

import org.openqa.selenium.WebDriver;

/** What a scenario's browser does the same way however it is kept apart. */
abstract class AbstractScenarioBrowser implements ScenarioBrowser {
  protected final Browser browser;
  private Screenshot last;
  private java.util.Map<String, java.util.List<String>> masks = java.util.Map.of();

  AbstractScenarioBrowser(Browser browser) {
    this.browser = browser;
  }

  @Override
  public WebDriver driver() {
    return browser.driver();
  }

  @Override
  public Acting actingOn(org.openqa.selenium.WebElement element) {
    Acting acting = Screenshot.actingOn(browser.driver(), last, element, masks);
    last = acting.shot();
    return acting;
  }

  @Override
  public void maskOn(java.util.Map<String, java.util.List<String>> masksByHost) {
    this.masks = java.util.Map.copyOf(masksByHost);
  }

  @Override
  public java.util.List<ProcessHandle> processes() {
    return browser.processes();
  }

  @Override
  public boolean alive() {
    return browser.alive();
  }

  @Override
  public String version() {
    return browser.version();
  }
}
