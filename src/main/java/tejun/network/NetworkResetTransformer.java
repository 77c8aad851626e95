package tejun.network;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The start page's 「最初の状態に戻す」: {@code "simulated-network-reset"} in a stub's transformers puts
 * every site and the PC back to the start, as before a scenario, then answers as the stub says.
 */
final class NetworkResetTransformer implements ResponseDefinitionTransformerV2 {
  private final Runnable reset;

  NetworkResetTransformer(Runnable reset) {
    this.reset = reset;
  }

  @Override
  public String getName() {
    return "simulated-network-reset";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    reset.run();
    return event.getResponseDefinition();
  }
}
