package tejun.network;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Applies the network model to every matched request: a host the PC cannot reach right now gets the
 * network-failure marker instead of its page, which the browser turns into Chromium's own error
 * page. The request stays in the journal, as the design asks.
 */
final class NetworkReachability implements ResponseDefinitionTransformerV2 {
  private final SimulatedPc pc;

  NetworkReachability(SimulatedPc pc) {
    this.pc = pc;
  }

  @Override
  public String getName() {
    return "network-reachability";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    if (pc.reach(event.getRequest().getHost()) instanceof SimulatedPc.Unreachable unreachable) {
      return new ResponseDefinitionBuilder()
          .withStatus(504)
          .withHeader(SimulatedNetwork.FAILURE_HEADER, unreachable.reason())
          .withHeader("Cache-Control", "no-store")
          .build();
    }
    return event.getResponseDefinition();
  }
}
