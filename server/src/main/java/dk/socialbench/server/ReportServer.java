package dk.socialbench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.socialbench.server.api.ApiRoutes;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.ErrorResponses;
import dk.socialbench.server.http.RunRequired;
import dk.socialbench.server.metrics.ServerMetrics;
import dk.socialbench.server.render.Format;
import dk.socialbench.server.reports.ReportRoutes;
import dk.socialbench.server.web.HomePage;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP application: every route of the server in one place. It takes its services through the
 * constructor and returns a {@link Javalin} that the caller starts; errors are rendered by {@link
 * ErrorResponses}.
 *
 * <p>Example: {@code new ReportServer(home, api, reports, runs,
 * metrics).create().start("127.0.0.1", 0)}; {@link RunningServer} wires the services.
 */
public final class ReportServer {
  private final HomePage home;
  private final ApiRoutes api;
  private final ReportRoutes reports;
  private final RunRequired runs;
  private final ServerMetrics metrics;

  public ReportServer(
      HomePage home, ApiRoutes api, ReportRoutes reports, RunRequired runs, ServerMetrics metrics) {
    this.home = Objects.requireNonNull(home, "home == null");
    this.api = Objects.requireNonNull(api, "api == null");
    this.reports = Objects.requireNonNull(reports, "reports == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
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
          config.routes.get("/", home::show);
          config.routes.post("/login", home::logIn);
          config.routes.post("/logout", home::logOut);
          config.routes.get("/reports/{report}/{file}", reports::download);
          config.routes.get(ApiRoutes.PREFIX + "/catalogue", api::catalogue);
          config.routes.get(ApiRoutes.PREFIX + "/runs/current", api::currentRun);
          config.routes.get(ApiRoutes.DATASETS + "/{name}", api::dataset);
          config.routes.get("/health", this::health);
          config.routes.get("/metrics", this::metrics);
          ErrorResponses.register(config.routes);
        });
  }

  /**
   * 200 while a run is served, 503 with what to do before; open to monitoring without a token.
   * {@code load_problem} says why the newest run was not loaded, also while an older one serves.
   */
  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    var run = runs.find();
    body.put("status", run.isPresent() ? "ok" : "no_run");
    body.put("run_id", run.map(LoadedRun::runId).orElse(null));
    body.put("load_problem", runs.loadProblem());
    runs.prerender().ifPresent(p -> body.put("prerender", p));
    if (run.isEmpty()) {
      body.put("error", runs.whatToDo());
    }
    ctx.status(run.isPresent() ? 200 : 503).json(body);
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.prometheusText());
  }

  private void countRequest(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "unmatched" : endpoint.path;
    metrics.countRequest(ctx.method().name(), route, ctx.statusCode());
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }
}
