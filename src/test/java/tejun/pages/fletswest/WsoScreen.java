package tejun.pages.fletswest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tejun.pages.Screen;

/** A screen of the サービス申込受付ページ: its お客様ID and its tables, read as a person reads them. */
public abstract class WsoScreen extends Screen {
  private static final By CUSTOMER_ID = By.id("customer-id");
  private static final By APPLICANT = By.id("applicant");
  private static final By CHANGES = By.id("changes");

  protected WsoScreen(WebDriver driver, String title) {
    super(driver, title);
  }

  /** The お客様ID (お客様番号 on ご利用状況詳細) as the screen gives it, label and all. */
  public String customerId() {
    return text(CUSTOMER_ID);
  }

  /** The table's rows below its header row, each by its column headings. */
  protected List<Map<String, String>> rows(By table) {
    List<WebElement> rows = find(table).findElements(By.tagName("tr"));
    List<String> headings =
        rows.get(0).findElements(By.tagName("th")).stream().map(WebElement::getText).toList();
    List<Map<String, String>> result = new ArrayList<>();
    for (WebElement row : rows.subList(1, rows.size())) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        values.put(headings.get(i + headings.size() - cells.size()), cells.get(i).getText());
      }
      result.add(values);
    }
    return result;
  }

  /** The chosen providers: サービス名, サービス提供者名 and 変更後 (or, once received, 通知設定). */
  public List<Map<String, String>> changes() {
    return rows(CHANGES);
  }

  /** 申込者情報: each item's label (the last heading of its row) and what was entered. */
  public Map<String, String> applicant() {
    Map<String, String> items = new LinkedHashMap<>();
    for (WebElement row : find(APPLICANT).findElements(By.tagName("tr"))) {
      List<WebElement> labels = row.findElements(By.tagName("th"));
      items.put(
          labels.get(labels.size() - 1).getText(), row.findElement(By.tagName("td")).getText());
    }
    return items;
  }
}
