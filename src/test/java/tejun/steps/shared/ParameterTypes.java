package tejun.steps.shared;

import io.cucumber.java.ParameterType;
import tejun.context.ScenarioContext;
import tejun.network.SampleSites.SampleSite;

/** The values every manual's sentences carry, each with the form it must have. */
public class ParameterTypes {
  private final ScenarioContext context;

  public ParameterTypes(ScenarioContext context) {
    this.context = context;
  }

  /** An address as the manual gives it, in 「…」. */
  @ParameterType("https?://[^「」\\s]+")
  public String url(String url) {
    return url;
  }

  /** The words on a button, link or field label, in 「…」. */
  @ParameterType("[^「」]+")
  public String label(String label) {
    return label;
  }

  /** What the user types or reads, in 「…」; may be empty. */
  @ParameterType("[^「」]*")
  public String text(String text) {
    return text;
  }

  /** A simulated site by the name its data file gives it (stubs/sites/*.json). */
  @ParameterType("[^「」\\s]+")
  public SampleSite site(String name) {
    return context.network().sites().all().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "「"
                        + name
                        + "」という名前のサイトは stubs/sites/*.json にありません: "
                        + context.network().sites().all().stream().map(SampleSite::name).toList()
                        + " のどれかを使うか、サイトのデータファイルを追加してください。"));
  }
}
