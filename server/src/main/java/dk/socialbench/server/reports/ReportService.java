package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.metrics.ServerMetrics;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the file for a report request: from the cache, or rendered whole on the {@link
 * RenderQueue}. A request for a file that is being rendered waits for that rendering instead of
 * starting another; a user's rendering goes before pre-rendering.
 *
 * <p>Example: {@code service.file(ReportRequest.parse("benchmark", "147.pdf"), run).file().join()}.
 */
public final class ReportService {
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

  private final Renderer renderer;
  private final RenderCache cache;
  private final RenderQueue queue;
  private final ServerMetrics metrics;
  private final ConcurrentHashMap<RenderCache.Key, CompletableFuture<RenderedFile>> inFlight =
      new ConcurrentHashMap<>();

  /**
   * A file as found: {@code cached} if it came from the cache (the future is complete then), else
   * the rendering to wait for.
   */
  public record Answer(boolean cached, CompletableFuture<RenderedFile> file) {}

  public ReportService(
      Renderer renderer, RenderCache cache, RenderQueue queue, ServerMetrics metrics) {
    this.renderer = Objects.requireNonNull(renderer, "renderer == null");
    this.cache = Objects.requireNonNull(cache, "cache == null");
    this.queue = Objects.requireNonNull(queue, "queue == null");
    this.metrics = Objects.requireNonNull(metrics, "metrics == null");
  }

  /**
   * The file of {@code request} rendered from {@code run}, for a user.
   *
   * @throws RenderQueueFullException if it must be rendered and too many renderings wait already
   */
  public Answer file(ReportRequest request, PublishedRun run) {
    RenderCache.Key key = RenderCache.Key.of(request, run.runId());
    Optional<RenderedFile> cached = cache.get(key);
    if (cached.isPresent()) {
      metrics.cacheHit();
      return new Answer(true, CompletableFuture.completedFuture(cached.get()));
    }
    metrics.cacheMiss();
    try {
      return new Answer(false, render(key, request, run, RenderQueue.Priority.USER));
    } catch (RenderQueueFullException e) {
      metrics.renderQueueFull();
      throw e;
    }
  }

  /**
   * Renders {@code request} into the cache in the background unless the cache has it; completes
   * with whether it rendered, or with the rendering's failure.
   */
  public CompletableFuture<Boolean> prerender(ReportRequest request, PublishedRun run) {
    RenderCache.Key key = RenderCache.Key.of(request, run.runId());
    if (cache.get(key).isPresent()) {
      return CompletableFuture.completedFuture(false);
    }
    return render(key, request, run, RenderQueue.Priority.BACKGROUND).thenApply(file -> true);
  }

  /**
   * Renders {@code request} in the background whatever the cache holds, and caches it: a warm-up,
   * so that the first user to ask for a rendering does not pay for loading the renderer.
   */
  public CompletableFuture<RenderedFile> renderAgain(ReportRequest request, PublishedRun run) {
    return render(
        RenderCache.Key.of(request, run.runId()), request, run, RenderQueue.Priority.BACKGROUND);
  }

  /**
   * Renders {@code request} in the background and drops the file: a warm-up of the renderer that
   * neither fills the cache nor counts as a user's rendering.
   */
  public CompletableFuture<Void> renderDropped(ReportRequest request, PublishedRun run) {
    return queue.submit(
        RenderQueue.Priority.BACKGROUND,
        () -> {
          renderer.render(request, run);
          return null;
        });
  }

  /** Keeps the cached files of {@code runIds} only (the run served and the one being prepared). */
  public void retainRuns(java.util.Set<String> runIds) {
    cache.retainRuns(runIds);
  }

  /** Whether files are cached at all (pre-rendering is pointless otherwise). */
  public boolean caches() {
    return cache.isEnabled();
  }

  private CompletableFuture<RenderedFile> render(
      RenderCache.Key key, ReportRequest request, PublishedRun run, RenderQueue.Priority priority) {
    // The queue may refuse a user's rendering: then nothing is registered and the caller gets it.
    CompletableFuture<RenderedFile> rendering =
        inFlight.computeIfAbsent(
            key, k -> queue.submit(priority, () -> renderAndCache(k, request, run)));
    rendering.whenComplete((file, failure) -> inFlight.remove(key, rendering));
    return rendering;
  }

  private RenderedFile renderAndCache(
      RenderCache.Key key, ReportRequest request, PublishedRun run) {
    long start = System.nanoTime();
    byte[] bytes;
    try {
      bytes = renderer.render(request, run);
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
    RenderedFile file = RenderedFile.of(bytes);
    cache.put(key, file);
    return file;
  }
}
