package dk.socialbench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.socialbench.server.api.ApiRoutes;
import dk.socialbench.server.http.ErrorResponses;
import dk.socialbench.server.http.RefusedRequests;
import dk.socialbench.server.http.SecurityHeaders;
import dk.socialbench.server.metrics.HealthCheck;
import dk.socialbench.server.metrics.ServerMetrics;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportRoutes;
import dk.socialbench.server.web.HomePage;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The HTTP application: every route of the server in one place. It takes its services through the
 * constructor and returns a {@link Javalin} that the caller starts; errors are rendered by {@link
 * ErrorResponses}.
 *
 * <p>Every GET route answers HEAD the same way without the body (so HEAD is authenticated and
 * checked exactly as GET); any other method on a known address is 405 with {@code Allow}.
 *
 * <p>Every answer, errors included, carries {@link SecurityHeaders}.
 *
 * <p>Example: {@code new ReportServer(home, api, reports, health,
 * metrics).create().start("127.0.0.1", 0)}; {@link RunningServer} wires the services.
 */
public final class ReportServer {
  /** Methods counted under their own name on /metrics; any other is counted as "other". */
  private static final Set<String> KNOWN_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final HomePage home;
  private final ApiRoutes api;
  private final ReportRoutes reports;
  private final HealthCheck health;
  private final ServerMetrics metrics;

  public ReportServer(
      HomePage home,
      ApiRoutes api,
      ReportRoutes reports,
      HealthCheck health,
      ServerMetrics metrics) {
    this.home = Objects.requireNonNull(home, "home == null");
    this.api = Objects.requireNonNull(api, "api == null");
    this.reports = Objects.requireNonNull(reports, "reports == null");
    this.health = Objects.requireNonNull(health, "health == null");
    this.metrics = Objects.requireNonNull(metrics, "metrics == null");
  }

  /**
   * Gzip for pages, JSON and CSV, but not for PDF and XLSX: they are compressed already, and
   * gzipping a cached PDF of a megabyte again for every browser costs more than it saves.
   */
  static CompressionStrategy compression() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
    excluded.add(Format.PDF.contentType());
    excluded.add(Format.XLSX.contentType());
    gzip.setExcludedMimeTypes(excluded);
    return gzip;
  }

  public Javalin create() {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.http.compressionStrategy = compression();
          config.jsonMapper(new JavalinJackson(jsonMapper(), false));
          config.requestLogger.http((ctx, ms) -> countRequest(ctx));
          config.jetty.modifyServer(
              jetty -> {
                metrics.bindJettyThreads(jetty.getThreadPool());
                jetty.setErrorHandler(new RefusedRequests());
              });
          config.http.prefer405over404 = true;
          RoutesConfig routes = config.routes;
          routes.before(SecurityHeaders::set);
          getAndHead(routes, "/", home::show);
          routes.post("/login", home::logIn);
          routes.post("/logout", home::logOut);
          getAndHead(routes, "/reports/{report}/{file}", reports::download);
          getAndHead(routes, ApiRoutes.PREFIX + "/catalogue", api::catalogue);
          getAndHead(routes, ApiRoutes.PREFIX + "/runs/current", api::currentRun);
          getAndHead(routes, ApiRoutes.DATASETS + "/{name}", api::dataset);
          getAndHead(routes, ApiRoutes.SUMMARY + "/{municipality}", api::summary);
          getAndHead(routes, "/health", health::show);
          getAndHead(routes, "/metrics", this::metrics);
          ErrorResponses.register(routes);
        });
  }

  /**
   * Without its own HEAD route Javalin answers HEAD 200 for any GET address, before any handler
   * checks a token or whether the file exists. Jetty drops the body of a HEAD response.
   */
  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.prometheusText());
  }

  private void countRequest(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "unmatched" : endpoint.path;
    String method = ctx.req().getMethod();
    metrics.countRequest(
        KNOWN_METHODS.contains(method) ? method : "other", route, ctx.statusCode());
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }
}
