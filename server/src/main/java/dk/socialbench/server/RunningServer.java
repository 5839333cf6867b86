package dk.socialbench.server;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.LoginAttempts;
import dk.socialbench.server.access.LoginSessions;
import dk.socialbench.server.api.ApiRoutes;
import dk.socialbench.server.data.CurrentRun;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.data.RunLoader;
import dk.socialbench.server.data.RunWatcher;
import dk.socialbench.server.http.RunRequired;
import dk.socialbench.server.http.SameOrigin;
import dk.socialbench.server.metrics.HealthCheck;
import dk.socialbench.server.metrics.ServerMetrics;
import dk.socialbench.server.reports.RenderCache;
import dk.socialbench.server.reports.ReportRoutes;
import dk.socialbench.server.reports.ReportService;
import dk.socialbench.server.web.HomePage;
import io.javalin.Javalin;
import java.util.Optional;

/**
 * A started server: the services wired together, the run watcher polling, Javalin listening. {@code
 * serve}, the tests and the benchmark all start the server this way.
 *
 * <p>Example: {@code try (var s = RunningServer.start(ServerSettings.onLoopback(work, tokens,
 * renderer))) { ... s.port() ... }}
 */
public final class RunningServer implements AutoCloseable {
  private final Javalin app;
  private final RunWatcher watcher;
  private final CurrentRun current;
  private final RenderCache cache;

  private RunningServer(Javalin app, RunWatcher watcher, CurrentRun current, RenderCache cache) {
    this.app = app;
    this.watcher = watcher;
    this.current = current;
    this.cache = cache;
  }

  /** Loads the run LATEST names (if any), then listens; returns once the port is bound. */
  public static RunningServer start(ServerSettings settings) {
    RunLayout layout = new RunLayout(settings.work());
    CurrentRun current = new CurrentRun();
    ServerMetrics metrics = new ServerMetrics();
    RenderCache cache = RenderCache.inTemporaryDirectory(settings.cacheBytes());
    ReportService reports =
        new ReportService(settings.renderer(), cache, metrics, settings.renderThreads());
    metrics.runId(() -> current.get().map(LoadedRun::runId).orElse(null));
    metrics.gauge("socialbench_render_cache_bytes", "Bytes of rendered files cached", cache::bytes);
    metrics.gauge("socialbench_render_cache_files", "Rendered files cached", cache::size);
    RunWatcher watcher =
        new RunWatcher(
            layout, new RunLoader(layout), current, run -> reports.retainRun(run.runId()));
    watcher.start(settings.pollInterval());

    LoginSessions sessions = new LoginSessions();
    metrics.gauge("socialbench_login_sessions", "Open login sessions", sessions::size);
    metrics.gauge(
        "socialbench_run_load_problem",
        "1 when the newest run could not be loaded (why: the log, or /health as admin)",
        () -> current.loadProblem() == null ? 0 : 1);
    Authenticator authenticator =
        new Authenticator(settings.tokens(), sessions, new LoginAttempts(), settings.proxy());
    RunRequired runs = new RunRequired(current, settings.work());
    ReportServer server =
        new ReportServer(
            new HomePage(authenticator, current, runs, new SameOrigin(settings.proxy())),
            new ApiRoutes(authenticator, runs),
            new ReportRoutes(authenticator, runs, reports),
            new HealthCheck(authenticator, runs),
            metrics);
    try {
      Javalin app = server.create().start(settings.host(), settings.port());
      return new RunningServer(app, watcher, current, cache);
    } catch (RuntimeException e) {
      watcher.close(); // the port is taken: nothing may keep polling for a server that never ran
      cache.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** The run served now, if any. */
  public Optional<LoadedRun> currentRun() {
    return current.get();
  }

  @Override
  public void close() {
    watcher.close();
    app.stop();
    cache.close();
  }
}
