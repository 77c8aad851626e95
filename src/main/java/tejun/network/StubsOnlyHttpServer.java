package tejun.network;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.servlet.WireMockHandlerDispatchingServlet;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.servlet.ServletMapping;

/**
 * WireMock's Jetty server, answering only through stubs.
 *
 * <p>Out of the box WireMock forwards a GET that no stub answers to Jetty's {@code DefaultServlet}
 * on {@code __files} (its "file serving"), whatever the host: a file there answers 200 unrendered,
 * and a directory, such as any host's root, answers Jetty's own 403 page, since directory listings
 * are off. Only a 404 reaches WireMock's not-matched renderer. It also maps {@code /__files/*} to
 * that servlet directly and serves its admin API under {@code /__admin} on every host.
 *
 * <p>Here the forwarding is off and the {@code DefaultServlet} is gone, so an unanswered request,
 * any method, any path, is a 404 that WireMock hands to {@link FailClosedPage}; files are read only
 * as a stub's {@code bodyFileName}. The admin context accepts no connection: WireMock still reaches
 * its not-matched page internally, and the harness uses the admin API in process.
 */
final class StubsOnlyHttpServer extends Jetty11HttpServer {
  private static final String NO_CONNECTOR = "@tejun-no-connector";

  static final HttpServerFactory FACTORY =
      new HttpServerFactory() {
        @Override
        public String getName() {
          return "tejun-stubs-only-http-server";
        }

        @Override
        public HttpServer buildHttpServer(
            Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
          return new StubsOnlyHttpServer(options, admin, stubs);
        }
      };

  private StubsOnlyHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    super(options, admin, stubs);
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
    ServletHandler handler = context.getServletHandler();
    ServletHolder[] kept =
        Arrays.stream(handler.getServlets())
            .filter(holder -> !DefaultServlet.class.getName().equals(holder.getClassName()))
            .toArray(ServletHolder[]::new);
    Set<String> names = Arrays.stream(kept).map(ServletHolder::getName).collect(Collectors.toSet());
    handler.setServlets(kept);
    handler.setServletMappings(
        Arrays.stream(handler.getServletMappings())
            .filter(mapping -> names.contains(mapping.getServletName()))
            .toArray(ServletMapping[]::new));
    for (ServletHolder holder : kept) {
      if (WireMockHandlerDispatchingServlet.class.getName().equals(holder.getClassName())) {
        holder.setInitParameter(
            WireMockHandlerDispatchingServlet.SHOULD_FORWARD_TO_FILES_CONTEXT, "false");
      }
    }
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler admin) {
    admin.setVirtualHosts(new String[] {NO_CONNECTOR});
  }
}
