package tejun.steps.shared;

import com.fasterxml.jackson.databind.JsonNode;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;

/**
 * The customers a feature may log in as: those its site's data file declares, and those the
 * scenario itself created on the site (a new account is stored like a declared one). A feature
 * naming another fails at once, naming the file, instead of at a screen that never comes. Also the
 * sample customers as their site's data file declares them, for a precondition that states what
 * that data says (a scenario's circumstances no screen shows before it starts).
 */
public final class SampleCustomers {
  private final ScenarioContext context;

  public SampleCustomers(ScenarioContext context) {
    this.context = context;
  }

  /**
   * Fails unless the site serving {@code host} declares a customer {@code id} with {@code secret}.
   */
  public void requireDeclared(String host, String id, String secret) {
    SampleSite site =
        context
            .network()
            .sites()
            .forHost(host)
            .orElseThrow(
                () ->
                    new AssertionError(
                        host
                            + " のサイトデータが stubs/sites/ にありません:"
                            + " サイトのデータファイルに hosts と見本の顧客を宣言してください。"));
    String password =
        context.network().siteState().get(site.bookFor(host) + ":" + id + ":password");
    if (password.isEmpty() || !password.equals(secret)) {
      throw new AssertionError(
          "「"
              + id
              + "」とそのパスワードの見本の顧客は "
              + site.file()
              + " にいません: そこに宣言された顧客を使うか、顧客を追加してください (宣言済み: "
              + site.customersFor(host).keySet()
              + ")");
    }
  }

  /**
   * The customer {@code customerId} as the data file of the site {@code siteId} declares it (not as
   * the simulated site has it now).
   */
  public JsonNode declared(String siteId, String customerId) {
    SampleSite site =
        context
            .network()
            .sites()
            .byKey(siteId)
            .orElseThrow(() -> new AssertionError("stubs/sites/" + siteId + ".json がありません"));
    JsonNode customer = site.customers().get(customerId);
    if (customer == null) {
      throw new AssertionError(
          "「" + customerId + "」は " + site.file() + " の見本の顧客にいません: " + site.customers().keySet());
    }
    return customer;
  }

  /** One field of a declared customer, {@code ""} when the data file leaves it out. */
  public String declared(String siteId, String customerId, String... path) {
    JsonNode node = declared(siteId, customerId);
    for (String field : path) {
      node = node.path(field);
    }
    return node.isValueNode() ? node.asText() : "";
  }
}
