package tejun.network;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The start page's 「時間を進める」: {@code "simulated-time-passes"} in a stub's transformers lets the time
 * its {@code transformerParameters.after} gives (an ISO-8601 duration, a template) pass on the
 * network's clock, as 「1時間が経つ」 does in a scenario, then answers as the stub says.
 */
final class TimePassesTransformer implements ResponseDefinitionTransformerV2 {
  private final RequestTemplates templates;
  private final Consumer<Duration> passTime;

  TimePassesTransformer(RequestTemplates templates, Consumer<Duration> passTime) {
    this.templates = templates;
    this.passTime = passTime;
  }

  @Override
  public String getName() {
    return "simulated-time-passes";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Object after = event.getTransformerParameters().get("after");
    String duration = templates.render(String.valueOf(after), event.getRequest());
    passTime.accept(SimulatedClock.duration(duration));
    return event.getResponseDefinition();
  }
}
