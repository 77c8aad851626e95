package tejun.steps.ocn;

import static tejun.steps.shared.Checks.assertEquals;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import java.util.List;
import tejun.context.ScenarioContext;
import tejun.pages.ocn.CustomerNumberPage;
import tejun.pages.ocn.OcnTopPage;

/**
 * OCN: the OCNお客さま番号, which shows only once the link is done and the page is reloaded, and the top
 * page's side bar.
 */
public class OcnSteps {
  private final ScenarioContext context;

  public OcnSteps(ScenarioContext context) {
    this.context = context;
  }

  /** 「Nから始まる10桁の番号」: N and nine digits. */
  @ParameterType(name = "ocn:OCNお客さま番号", value = "N[0-9]{9}")
  public String customerNumber(String number) {
    return number;
  }

  /** A banner of the top page, by its words. */
  @ParameterType(name = "ocn:バナー", value = "[^「」]+")
  public String banner(String banner) {
    return banner;
  }

  /** An item of the top page's menu, by its words. */
  @ParameterType(name = "ocn:メニュー項目", value = "[^「」]+")
  public String menuItem(String item) {
    return item;
  }

  @ならば("OCNお客さま番号はまだ表示されていない")
  public void numberNotYetShown() {
    assertEquals("", new CustomerNumberPage(context.tab()).number(), "OCNお客さま番号の欄");
  }

  @ならば("OCNお客さま番号「{ocn:OCNお客さま番号}」が表示される")
  public void numberShown(String number) {
    assertEquals(number, new CustomerNumberPage(context.tab()).number());
  }

  @ならば("左のサイドバーにOCNお客さま番号「{ocn:OCNお客さま番号}」が表示される")
  public void numberInSideBar(String number) {
    assertEquals(number, new OcnTopPage(context.tab()).sideBarCustomerNumber());
  }

  /** The item right above the banner: the entry before it, from the top of the side bar down. */
  @ならば("「{ocn:バナー}」というバナーの上に「{ocn:メニュー項目}」という項目がある")
  public void itemAboveBanner(String banner, String item) {
    List<String> entries = new OcnTopPage(context.tab()).sideBarEntriesTopDown();
    int at = entries.indexOf(banner);
    assertEquals(
        List.of(item, banner),
        at > 0 ? entries.subList(at - 1, at + 1) : entries,
        "左のサイドバーの、上から順の項目とバナー");
  }
}
