package dk.socialbench.server.reports;

import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.data.PrerenderStatus;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.RunPreparation;
import dk.socialbench.server.data.WarmUpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a newly loaded run ready before anyone asks for its reports: warms the renderer up once (so
 * that no user pays for its first, slow rendering), then renders every {@link DefaultReports
 * default report} into the cache in the background, behind any user's rendering. A new run is
 * served once its reports are done, the run before it until then; the first run of a server is
 * served at once and its reports follow. A report that fails is logged by name and left out; the
 * others still make the switch.
 *
 * <p>Example: {@code new RunWatcher(layout, loader, current, new Prerenderer(service, 2, true),
 * onSwitch)}.
 */
public final class Prerenderer implements RunPreparation, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Prerenderer.class);

  private final ReportService reports;
  private final int parallelism;
  private final boolean enabled;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "report-prerenderer");
            t.setDaemon(true);
            return t;
          });
  private final RendererWarmUp warmUp;
  private volatile boolean warm;
  private volatile Progress progress;

  /**
   * @param parallelism how many renderings to keep queued at once (the render threads: more would
   *     only wait, and make a user's rendering wait behind them)
   * @param enabled whether to warm up and pre-render at all; without, a run is served as loaded
   */
  public Prerenderer(ReportService reports, int parallelism, boolean enabled) {
    this(reports, parallelism, enabled, new RendererWarmUp(reports, 0));
  }

  /**
   * @param warmUp what warms the renderer up for chosen groups once the first run's default reports
   *     are done (or at once when nothing is cached); stopped by a newer run, whose pre-rendering
   *     warms it instead
   */
  public Prerenderer(
      ReportService reports, int parallelism, boolean enabled, RendererWarmUp warmUp) {
    this.reports = Objects.requireNonNull(reports, "reports == null");
    this.warmUp = Objects.requireNonNull(warmUp, "warmUp == null");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism < 1: " + parallelism);
    }
    this.parallelism = parallelism;
    this.enabled = enabled;
  }

  @Override
  public void prepare(LoadedRun next, LoadedRun served) throws InterruptedException {
    reports.retainRuns(
        served == null ? Set.of(next.runId()) : Set.of(served.runId(), next.runId()));
    if (!enabled) {
      return;
    }
    PublishedRun run = next.run();
    List<ReportRequest> requests = reports.caches() ? DefaultReports.of(run) : List.of();
    Progress mine = new Progress(run.runId(), requests.size());
    progress = mine; // an older run's pre-rendering stops at its next report
    boolean first = !warm;
    int warmedWith = warmUp(run);
    Future<?> all =
        background.submit(
            () -> {
              renderAll(run, requests, mine);
              return null;
            });
    if (first) {
      // Behind the first run's default reports on the same thread, so it never delays them.
      background.submit(
          () -> {
            warmUp.run(run, warmedWith + mine.benchmarkPdfs(), () -> progress != mine);
            return null;
          });
    }
    if (served == null) {
      return; // nothing to keep serving meanwhile
    }
    try {
      all.get();
    } catch (ExecutionException e) {
      LOG.error("pre-rendering run {} stopped", run.runId(), e.getCause());
    }
  }

  /** The progress of the newest run's pre-rendering, empty before the first. */
  public Optional<PrerenderStatus> status() {
    Progress p = progress;
    return p == null ? Optional.empty() : Optional.of(p.status());
  }

  /** The chosen-group warm-up's progress, empty if there is none. */
  public Optional<WarmUpStatus> warmUpStatus() {
    return warmUp.status();
  }

  @Override
  public void close() {
    background.shutdownNow();
    // A rendering under way does not stop on interrupt: wait for it, so that nothing writes into
    // the cache after the server is closed (a test's work directory is deleted right after).
    try {
      background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The warm-up renderings, once per server, before the first run is served: one after another, so
   * that each finds the code the one before it had compiled. Returns how many benchmark PDFs it
   * rendered (0 once warm).
   */
  private int warmUp(PublishedRun run) throws InterruptedException {
    if (warm) {
      return 0;
    }
    long start = System.nanoTime();
    List<ReportRequest> requests = DefaultReports.warmUp(run);
    int benchmarkPdfs = 0;
    for (ReportRequest request : requests) {
      try {
        reports.renderAgain(request, run).get();
        benchmarkPdfs += isBenchmarkPdf(request) ? 1 : 0;
      } catch (ExecutionException e) {
        // logged by the report service; a broken report must not keep the run from being served
      }
    }
    warm = true;
    LOG.info(
        "renderer warmed up with {} reports in {} ms",
        requests.size(),
        (System.nanoTime() - start) / 1_000_000);
    return benchmarkPdfs;
  }

  /** What the chosen-group warm-up renders, with the default group: the same code compiled. */
  private static boolean isBenchmarkPdf(ReportRequest request) {
    return request.report() == ReportKind.BENCHMARK && request.format() == Format.PDF;
  }

  private void renderAll(PublishedRun run, List<ReportRequest> requests, Progress mine)
      throws InterruptedException {
    Semaphore queued = new Semaphore(parallelism);
    for (ReportRequest request : requests) {
      if (progress != mine) {
        LOG.info("pre-rendering run {} stopped: a newer run is being prepared", run.runId());
        break;
      }
      queued.acquire();
      CompletableFuture<Boolean> rendering;
      try {
        rendering = reports.prerender(request, run);
      } catch (RuntimeException e) {
        rendering = CompletableFuture.failedFuture(e);
      }
      rendering.whenComplete(
          (rendered, failure) -> {
            mine.count(request, Boolean.TRUE.equals(rendered), failure);
            queued.release();
          });
    }
    queued.acquire(parallelism); // the last renderings are done
    mine.finish();
    PrerenderStatus s = mine.status();
    LOG.info(
        "run {}: {} default reports ready in {} s ({} rendered now, {} failed)",
        s.runId(),
        s.reports(),
        String.format(java.util.Locale.ROOT, "%.1f", s.seconds()),
        mine.renderedNow(),
        s.failed());
  }

  /** Counts of one run's pre-rendering; updated from the render threads. */
  private static final class Progress {
    private final String runId;
    private final int reports;
    private final long start = System.nanoTime();
    private int done;
    private int renderedNow;
    private int benchmarkPdfs;
    private int failed;
    private long end;

    Progress(String runId, int reports) {
      this.runId = runId;
      this.reports = reports;
    }

    synchronized void count(ReportRequest request, boolean rendered, Throwable failure) {
      if (failure == null) {
        done++;
        renderedNow += rendered ? 1 : 0;
        benchmarkPdfs += rendered && isBenchmarkPdf(request) ? 1 : 0;
        return;
      }
      failed++;
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      String errorId =
          cause instanceof RenderFailedException f ? f.errorId() : String.valueOf(cause);
      LOG.warn(
          "pre-rendering run {}: {} could not be rendered [error id {}]; the run is served"
              + " without it",
          runId,
          request.path(),
          errorId);
    }

    synchronized void finish() {
      end = System.nanoTime();
    }

    synchronized int renderedNow() {
      return renderedNow;
    }

    /** Benchmark PDFs rendered now (not found in the cache). */
    synchronized int benchmarkPdfs() {
      return benchmarkPdfs;
    }

    synchronized PrerenderStatus status() {
      long until = end != 0 ? end : System.nanoTime();
      return new PrerenderStatus(runId, reports, done, failed, end != 0, (until - start) / 1e9);
    }
  }
}
