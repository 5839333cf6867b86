package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.metrics.ServerMetrics;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the file for a report request: from the cache, or rendered whole to bytes. Requests for a
 * file that is being rendered wait for that rendering instead of starting another, and at most
 * {@code maxConcurrentRenders} renderings run at once, which bounds both CPU and the heap that
 * rendering takes.
 */
public final class ReportService {
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
  private static final long RENDER_QUEUE_SECONDS = 120;

  private final Renderer renderer;
  private final RenderCache cache;
  private final ServerMetrics metrics;
  private final Semaphore renderSlots;
  private final ConcurrentHashMap<RenderCache.Key, CompletableFuture<RenderedFile>> inFlight =
      new ConcurrentHashMap<>();

  public ReportService(
      Renderer renderer, RenderCache cache, ServerMetrics metrics, int maxConcurrentRenders) {
    this.renderer = Objects.requireNonNull(renderer, "renderer == null");
    this.cache = Objects.requireNonNull(cache, "cache == null");
    this.metrics = Objects.requireNonNull(metrics, "metrics == null");
    this.renderSlots = new Semaphore(maxConcurrentRenders, true);
  }

  /** The file of {@code request} rendered from {@code run}. */
  public RenderedFile file(ReportRequest request, PublishedRun run) {
    RenderCache.Key key =
        new RenderCache.Key(
            request.report(),
            request.municipality(),
            request.format(),
            run.runId(),
            request.compare());
    var cached = cache.get(key);
    if (cached.isPresent()) {
      metrics.cacheHit();
      return cached.get();
    }
    metrics.cacheMiss();
    CompletableFuture<RenderedFile> mine = new CompletableFuture<>();
    CompletableFuture<RenderedFile> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      RenderedFile file = renderInSlot(request, run);
      cache.put(key, file);
      mine.complete(file);
      return file;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** Drops cached files of runs other than {@code runId}: called when the server switches run. */
  public void retainRun(String runId) {
    cache.retainRun(runId);
  }

  private RenderedFile renderInSlot(ReportRequest request, PublishedRun run) {
    try {
      if (!renderSlots.tryAcquire(RENDER_QUEUE_SECONDS, TimeUnit.SECONDS)) {
        throw new ServiceUnavailableResponse(
            "Serveren er optaget af at danne andre rapporter. Prøv igen om lidt.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableResponse("Serveren lukker ned.");
    }
    try {
      return render(request, run);
    } finally {
      renderSlots.release();
    }
  }

  private RenderedFile render(ReportRequest request, PublishedRun run) {
    long start = System.nanoTime();
    byte[] bytes;
    try {
      bytes =
          renderer.render(
              request.report(), request.municipality(), request.compare(), run, request.format());
      CompleteFile.check(bytes, request.format());
    } catch (Renderers.RendererMissing e) {
      throw new ServiceUnavailableResponse(
          "Rapportmotoren er ikke installeret i denne udgave af serveren; data kan stadig hentes"
              + " under /api/v1/.");
    } catch (Exception e) {
      metrics.renderFailed();
      String errorId = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("render failed [error id {}]: {} of run {}", errorId, request, run.runId(), e);
      throw new RenderFailedException(errorId);
    }
    metrics.observeRender(
        request.report().slug(), request.format().extension(), System.nanoTime() - start);
    return RenderedFile.of(bytes);
  }

  private static RenderedFile await(CompletableFuture<RenderedFile> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
