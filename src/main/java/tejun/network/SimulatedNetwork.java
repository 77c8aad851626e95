package tejun.network;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.jknack.handlebars.Helper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tejun.HarnessException;
import tejun.records.ReachedRecord;

/**
 * The simulated sites and network: an embedded WireMock on loopback that the browser uses as its
 * proxy, loaded from {@code stubs/}, with the PC model and site state as WireMock extensions, and
 * the customers' mailbox (a real mail server) and phones, which the sites send mail, SMS and calls
 * to, all on the network's own clock.
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
  private final SimulatedMailbox mailbox;
  private final SimulatedPhone phone;
  private final ListenAddress address;
  private final SimulatedClock clock;
  private final Path stubs;

  private SimulatedNetwork(
      Path stubs,
      ListenAddress address,
      SimulatedClock clock,
      WireMockServer server,
      SimulatedPc pc,
      SiteState siteState,
      SampleSites sites,
      SimulatedMailbox mailbox,
      SimulatedPhone phone) {
    this.stubs = stubs;
    this.address = address;
    this.clock = clock;
    this.server = server;
    this.pc = pc;
    this.siteState = siteState;
    this.sites = sites;
    this.mailbox = mailbox;
    this.phone = phone;
    sites.loadInto(siteState);
  }

  /**
   * Starts on a free port (port 0), or on the given one, on loopback unless {@link ListenAddress}'s
   * properties say otherwise.
   */
  public static SimulatedNetwork start(Path stubs, int port) {
    ListenAddress address = ListenAddress.fromSystemProperties();
    StubFiles.checkLayout(stubs);
    NetworkMap map = NetworkMap.load(stubs.resolve("network.json"));
    SampleSites sites = SampleSites.load(stubs);
    StubFiles mappings = new StubFiles(stubs, map, sites);
    SimulatedPc pc = new SimulatedPc(map);
    SiteState state = new SiteState();
    SimulatedClock clock = SimulatedClock.fromSystemProperties();
    SimulatedPhone phone = new SimulatedPhone(clock);
    SimulatedMailbox mailbox = SimulatedMailbox.start(clock);
    try {
      WireMockServer server =
          new WireMockServer(
              configuration(
                  stubs, address, port, mappings, clock, pc, state, sites, mailbox, phone));
      server.start();
      return new SimulatedNetwork(stubs, address, clock, server, pc, state, sites, mailbox, phone);
    } catch (RuntimeException e) {
      mailbox.close();
      throw startFailure(stubs, address, port, e);
    }
  }

  private static HarnessException startFailure(
      Path stubs, ListenAddress address, int port, RuntimeException e) {
    if (e instanceof HarnessException known) {
      return known;
    }
    if (e instanceof FatalStartupException) {
      return new HarnessException(
          "The simulated network cannot listen on "
              + address.bind()
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "): the port is in use; choose another, or leave the port unset for a free one.");
    }
    return StubFiles.explain(stubs, e);
  }

  private static WireMockConfiguration configuration(
      Path stubs,
      ListenAddress address,
      int port,
      StubFiles mappings,
      SimulatedClock clock,
      SimulatedPc pc,
      SiteState state,
      SampleSites sites,
      SimulatedMailbox mailbox,
      SimulatedPhone phone) {
    RequestTemplates templates = new RequestTemplates();
    return options()
        // First: some later settings build WireMock's stores from the files root as it is then.
        .usingFilesUnderDirectory(stubs.toAbsolutePath().toString())
        .mappingSource(mappings)
        .httpServerFactory(StubsOnlyHttpServer.FACTORY)
        .bindAddress(address.bind())
        .port(port)
        .enableBrowserProxying(true)
        .proxyPassThrough(false)
        .limitProxyTargets(NOWHERE)
        .caKeystorePath(CertificateAuthority.keystoreFor(mappings.hosts()).toString())
        .caKeystoreType(CertificateAuthority.KEYSTORE_TYPE)
        .caKeystorePassword(CertificateAuthority.PASSWORD)
        .extensions(stateChanges(pc, state, mailbox, phone, templates))
        .extensions(extensions(clock, pc, state, sites, mailbox, phone, templates))
        .notMatchedRendererFactory(FailClosedPage::new)
        .templatingEnabled(true)
        .globalTemplating(false)
        .containerThreads(25)
        .jettyAcceptors(1);
  }

  /**
   * What changes state when a stub is served, in the order WireMock runs them whatever order a stub
   * lists them in: site state first, so a mail or an SMS can carry what it has just stored.
   * WireMock keeps the order of extensions given as instances, not of those a factory makes.
   */
  private static Extension[] stateChanges(
      SimulatedPc pc,
      SiteState state,
      SimulatedMailbox mailbox,
      SimulatedPhone phone,
      RequestTemplates templates) {
    return new Extension[] {
      new SiteStateTransformer(state, pc, templates),
      new SendMailTransformer(mailbox, pc, templates),
      new PhoneTransformer(phone, pc, templates)
    };
  }

  /**
   * The template helpers, the PC's own screens, the site-state matcher and the network model, with
   * WireMock's template engine (which also renders the state changes' parameters).
   */
  private static ExtensionFactory extensions(
      SimulatedClock clock,
      SimulatedPc pc,
      SiteState state,
      SampleSites sites,
      SimulatedMailbox mailbox,
      SimulatedPhone phone,
      RequestTemplates templates) {
    return services -> {
      templates.use(services.getTemplateEngine());
      Map<String, Helper<?>> helpers =
          new HashMap<>(MessageHelpers.of(mailbox, phone, MailCheck.installed()));
      helpers.putAll(ClockHelpers.of(clock));
      helpers.put("site-state", new SiteStateHelper(state));
      helpers.put(SiteDataHelper.NAME, new SiteDataHelper(sites));
      helpers.put(SiteStateListHelper.NAME, new SiteStateListHelper(state));
      helpers.put("randomValue", new RandomValues(state));
      helpers.put("simulated-pc", (context, options) -> pc.snapshot());
      helpers.put("page-frame", new PageFrameHelper(services.getStores().getFilesBlobStore()));
      helpers.put("simulated-sites", (context, options) -> sites.forTemplates());
      return List.of(
          new TemplateHelpers(helpers),
          new SiteStateMatcher(state, templates),
          new SimulatedPcTransformer(pc, templates),
          new NetworkReachability(pc),
          new NetworkResetTransformer(
              () -> reset(clock, pc, state, sites, mailbox, phone, services.getAdmin())),
          new TimePassesTransformer(templates, d -> passTime(clock, mailbox, d)));
    };
  }

  public String proxyAddress() {
    return address.advertised() + ":" + server.port();
  }

  /** The proxy, for a client other than the browser (a test's HttpClient). */
  public ProxySelector proxy() {
    return ProxySelector.of(new InetSocketAddress(address.advertised(), server.port()));
  }

  public SimulatedPc pc() {
    return pc;
  }

  /** The network's time, which its sites, mails and phones go by. */
  public SimulatedClock clock() {
    return clock;
  }

  /**
   * Lets {@code duration} pass on the network's clock, at once, and delivers the mail that fell due
   * meanwhile.
   */
  public void passTime(Duration duration) {
    passTime(clock, mailbox, duration);
  }

  private static void passTime(SimulatedClock clock, SimulatedMailbox mailbox, Duration duration) {
    clock.advance(duration);
    mailbox.deliverDue();
  }

  public SiteState siteState() {
    return siteState;
  }

  /** The customers' mailbox: a real mail server, SMTP and IMAP on loopback. */
  public SimulatedMailbox mailbox() {
    return mailbox;
  }

  /** The customers' phones: the SMS and calls the sites sent. */
  public SimulatedPhone phone() {
    return phone;
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

  /**
   * The stubs that answered since the last reset, each once, in the order first served: its file
   * (as {@link StubFiles} marked it), its name, and the templates it may have rendered ({@link
   * ReachedTemplates}).
   */
  public List<ReachedRecord.Stub> reached() {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events);
    Map<java.util.UUID, ReachedRecord.Stub> reached = new java.util.LinkedHashMap<>();
    for (ServeEvent event : events) {
      StubMapping stub = event.getStubMapping();
      if (!event.getWasMatched() || stub == null || reached.containsKey(stub.getId())) {
        continue;
      }
      Object file =
          stub.getMetadata() == null ? null : stub.getMetadata().get(StubFiles.SOURCE_FILE);
      reached.put(
          stub.getId(),
          new ReachedRecord.Stub(
              file == null ? "" : file.toString(),
              stub.getName(),
              ReachedTemplates.of(stubs.resolve("__files"), stub.getResponse().getBodyFileName())));
    }
    return List.copyOf(reached.values());
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

  /**
   * Back to how it started: the clock at its start, a fresh PC, no site state, empty mailboxes and
   * phones, nothing held for later, an empty journal. Stubs stay loaded.
   */
  public void reset() {
    reset(clock, pc, siteState, sites, mailbox, phone, server);
  }

  private static void reset(
      SimulatedClock clock,
      SimulatedPc pc,
      SiteState state,
      SampleSites sites,
      SimulatedMailbox mailbox,
      SimulatedPhone phone,
      Admin admin) {
    clock.reset();
    pc.reset();
    mailbox.reset();
    phone.reset();
    state.clear();
    sites.loadInto(state);
    admin.resetRequests();
    admin.resetScenarios();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      mailbox.close();
    }
  }
}
