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
import dk.socialbench.server.reports.Prerenderer;
import dk.socialbench.server.reports.RenderCache;
import dk.socialbench.server.reports.RenderQueue;
import dk.socialbench.server.reports.RendererWarmUp;
import dk.socialbench.server.reports.Renderers;
import dk.socialbench.server.reports.RenderingMetrics;
import dk.socialbench.server.reports.ReportRoutes;
import dk.socialbench.server.reports.ReportService;
import dk.socialbench.server.web.HomePage;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started server: the services wired together, the run watcher polling, Javalin listening. {@code
 * serve}, the tests and the benchmark all start the server this way.
 *
 * <p>Example: {@code try (var s = RunningServer.start(ServerSettings.onLoopback(work, tokens,
 * renderer))) { ... s.port() ... }}
 */
public final class RunningServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

  private final Javalin app;
  private final RunWatcher watcher;
  private final CurrentRun current;
  private final Rendering rendering;

  /** The parts that render, in the order they are closed. */
  private record Rendering(Prerenderer prerenderer, RenderQueue queue, RenderCache cache) {
    void close() {
      // The queue first: its renderings under way finish, and the pre-rendering job's waits end.
      queue.close();
      prerenderer.close();
      cache.close();
    }
  }

  private RunningServer(Javalin app, RunWatcher watcher, CurrentRun current, Rendering rendering) {
    this.app = app;
    this.watcher = watcher;
    this.current = current;
    this.rendering = rendering;
  }

  /** Loads the run LATEST names (if any), then listens; returns once the port is bound. */
  public static RunningServer start(ServerSettings settings) {
    RunLayout layout = new RunLayout(settings.work());
    CurrentRun current = new CurrentRun();
    ServerMetrics metrics = new ServerMetrics();
    RenderCache cache = openCache(settings);
    RenderQueue queue = new RenderQueue(settings.renderThreads(), settings.renderQueue());
    ReportService reports = new ReportService(settings.renderer(), cache, queue, metrics);
    boolean prepare = settings.prepareRuns() && !Renderers.isMissing(settings.renderer());
    Prerenderer prerenderer =
        new Prerenderer(
            reports,
            settings.renderThreads(),
            prepare,
            new RendererWarmUp(reports, prepare ? settings.warmUpRenderings() : 0));
    Rendering rendering = new Rendering(prerenderer, queue, cache);
    current.prerenderStatus(prerenderer::status);
    current.warmUpStatus(prerenderer::warmUpStatus);
    metrics.runId(() -> current.get().map(LoadedRun::runId).orElse(null));
    RenderingMetrics.register(metrics, cache, queue, prerenderer);
    RunWatcher watcher =
        new RunWatcher(
            layout,
            new RunLoader(layout),
            current,
            prerenderer,
            run -> reports.retainRuns(Set.of(run.runId())));
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
      return new RunningServer(app, watcher, current, rendering);
    } catch (RuntimeException e) {
      watcher.close(); // the port is taken: nothing may keep polling for a server that never ran
      rendering.close();
      throw e;
    }
  }

  /**
   * The cache in its folder; a private temporary one (not kept across restarts) if that folder
   * cannot be written, so that a read-only WORK still serves.
   */
  private static RenderCache openCache(ServerSettings settings) {
    String version = settings.renderer().version();
    Path folder = settings.cacheFolder();
    try {
      Files.createDirectories(folder);
      if (Files.isWritable(folder)) {
        return new RenderCache(folder, version, settings.cacheBytes());
      }
    } catch (IOException e) {
      // reported below
    }
    LOG.warn(
        "cannot write the render cache folder {}; rendered files are kept in a temporary folder"
            + " until the server stops (use --cache-dir)",
        folder);
    return RenderCache.inTemporaryDirectory(version, settings.cacheBytes());
  }

  /** Where rendered files are kept. */
  public Path cacheDir() {
    return rendering.cache().dir();
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
    rendering.close();
  }
}
