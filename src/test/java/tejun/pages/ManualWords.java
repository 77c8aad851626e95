package tejun.pages;

import java.text.Normalizer;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/**
 * The words a manual's screenshot shows, looked for on whatever screen is in front as a reader
 * compares them: full and half width alike (NFKC), line breaks and spaces ignored.
 */
public final class ManualWords extends Screen {
  public ManualWords(WebDriver driver) {
    super(driver);
  }

  /** Those of {@code words} the screen does not say, once it says them all or patience runs out. */
  public List<String> notSaid(List<String> words) {
    try {
      waitUntil(d -> missing(words).isEmpty() ? Boolean.TRUE : null, "「" + words.get(0) + "」など");
      words.forEach(Compared::read);
      return List.of();
    } catch (TimeoutException e) {
      return missing(words);
    }
  }

  private List<String> missing(List<String> words) {
    String said = comparable(driver.findElement(By.tagName("body")).getText());
    return words.stream().filter(word -> !said.contains(comparable(word))).toList();
  }

  private static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
