package tejun.network;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.jknack.handlebars.Helper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tejun.HarnessException;

/**
 * The simulated sites and network: an embedded WireMock on loopback that the browser uses as its
 * proxy, loaded from {@code stubs/}, with the PC model and site state as WireMock extensions.
 */
public final class SimulatedNetwork implements AutoCloseable {
  /**
   * A response header that makes the browser meet a network failure instead of the page; its value
   * is a CDP ErrorReason such as {@code TimedOut} or {@code NameNotResolved}. The network model
   * sets it, and a stub may declare it.
   */
  public static final String FAILURE_HEADER = "X-Simulated-Network";

  /** The title of the page shown for a request no stub answers. */
  public static final String FAIL_CLOSED_TITLE = "tejun: 模擬ネットワークにない宛先";

  /** Nothing leaves the machine: WireMock may proxy to no address at all. */
  private static final NetworkAddressRules NOWHERE =
      new NetworkAddressRules() {
        @Override
        public boolean isAllowed(String address) {
          return false;
        }

        @Override
        public boolean isAllowedAll() {
          return false;
        }
      };

  private final WireMockServer server;
  private final SimulatedPc pc;
  private final SiteState siteState;
  private final SampleSites sites;

  private SimulatedNetwork(
      WireMockServer server, SimulatedPc pc, SiteState siteState, SampleSites sites) {
    this.server = server;
    this.pc = pc;
    this.siteState = siteState;
    this.sites = sites;
    sites.loadInto(siteState);
  }

  /** Starts on a free loopback port (port 0), or on the given one. */
  public static SimulatedNetwork start(Path stubs, int port) {
    StubFiles.checkLayout(stubs);
    NetworkMap map = NetworkMap.load(stubs.resolve("network.json"));
    StubFiles mappings = new StubFiles(stubs, map);
    SampleSites sites = SampleSites.load(stubs);
    SimulatedPc pc = new SimulatedPc(map);
    SiteState state = new SiteState();
    WireMockServer server =
        new WireMockServer(configuration(stubs, port, mappings, extensions(pc, state, sites)));
    try {
      CertificateAuthority.whileStarting(server::start);
    } catch (FatalStartupException e) {
      throw new HarnessException(
          "The simulated network cannot listen on 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "): the port is in use; choose another, or leave the port unset for a free one.");
    } catch (HarnessException e) {
      throw e;
    } catch (RuntimeException e) {
      throw StubFiles.explain(stubs, e);
    }
    return new SimulatedNetwork(server, pc, state, sites);
  }

  private static WireMockConfiguration configuration(
      Path stubs, int port, StubFiles mappings, ExtensionFactory extensions) {
    return options()
        // First: some later settings build WireMock's stores from the files root as it is then.
        .usingFilesUnderDirectory(stubs.toAbsolutePath().toString())
        .mappingSource(mappings)
        .httpServerFactory(StubsOnlyHttpServer.FACTORY)
        .bindAddress("127.0.0.1")
        .port(port)
        .enableBrowserProxying(true)
        .proxyPassThrough(false)
        .limitProxyTargets(NOWHERE)
        .caKeystorePath(CertificateAuthority.keystore().toString())
        .extensions(extensions)
        .notMatchedRendererFactory(FailClosedPage::new)
        .templatingEnabled(true)
        .globalTemplating(false)
        .containerThreads(25)
        .jettyAcceptors(1);
  }

  /**
   * The PC model, site state, the start page's list of manuals and its reset, as WireMock
   * extensions sharing WireMock's template engine.
   */
  private static ExtensionFactory extensions(SimulatedPc pc, SiteState state, SampleSites sites) {
    return services -> {
      RequestTemplates templates = new RequestTemplates(services.getTemplateEngine());
      Map<String, Helper<?>> helpers =
          Map.of(
              "site-state",
              new SiteStateHelper(state),
              "simulated-pc",
              (context, options) -> pc.snapshot(),
              "page-frame",
              new PageFrameHelper(services.getStores().getFilesBlobStore()),
              "simulated-sites",
              (context, options) -> sites.forTemplates());
      return List.of(
          new TemplateHelpers(helpers),
          new SiteStateTransformer(state, pc, templates),
          new SiteStateMatcher(state, templates),
          new SimulatedPcTransformer(pc, templates),
          new NetworkReachability(pc),
          new NetworkResetTransformer(() -> reset(pc, state, sites, services.getAdmin())));
    };
  }

  public String proxyAddress() {
    return "127.0.0.1:" + server.port();
  }

  public SimulatedPc pc() {
    return pc;
  }

  public SiteState siteState() {
    return siteState;
  }

  /** The sites' data files: names, manuals, hosts and sample customers. */
  public SampleSites sites() {
    return sites;
  }

  /** Everything the browser asked for, oldest first. */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> requests =
        new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
    Collections.reverse(requests);
    return requests;
  }

  /** WireMock's near-miss report for every request no stub answered; empty when there are none. */
  public String unmatchedReport() {
    List<NearMiss> misses = server.findNearMissesForAllUnmatchedRequests();
    List<LoggedRequest> unmatched = server.findAllUnmatchedRequests();
    if (unmatched.isEmpty()) {
      return "";
    }
    return unmatched.stream()
            .map(r -> r.getMethod() + " " + r.getAbsoluteUrl())
            .collect(Collectors.joining("\n", "No stub answered:\n", "\n"))
        + misses.stream()
            .map(m -> "closest stub: " + describe(m))
            .collect(Collectors.joining("\n"));
  }

  private static String describe(NearMiss miss) {
    String stub = miss.getStubMapping() == null ? "(none)" : miss.getStubMapping().getName();
    return stub + "\n" + miss.getDiff().toString();
  }

  /** Back to how it started: a fresh PC, no site state, an empty journal. Stubs stay loaded. */
  public void reset() {
    reset(pc, siteState, sites, server);
  }

  private static void reset(SimulatedPc pc, SiteState state, SampleSites sites, Admin admin) {
    pc.reset();
    state.clear();
    sites.loadInto(state);
    admin.resetRequests();
    admin.resetScenarios();
  }

  @Override
  public void close() {
    server.stop();
  }
}
