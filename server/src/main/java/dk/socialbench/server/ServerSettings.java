package dk.socialbench.server;

import dk.socialbench.server.access.AccessTokens;
import dk.socialbench.server.http.ReverseProxy;
import dk.socialbench.server.reports.RenderCache;
import dk.socialbench.server.reports.Renderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a server is started with.
 *
 * @param work the work directory whose {@code runs/LATEST} names the run to serve
 * @param host the address to bind; 127.0.0.1 unless the operator opens it on purpose
 * @param port the port, 0 for any free one
 * @param cacheBytes the most bytes of rendered files the cache keeps besides the run's default
 *     reports (which it always keeps), together with those; {@link RenderCache#SIZED_FROM_RUN} to
 *     size it from the run; 0 caches nothing (and pre-renders nothing)
 * @param renderThreads how many reports may render at once
 * @param pollInterval how often {@code runs/LATEST} is checked for a new run
 * @param cacheDir where rendered files are kept across restarts; {@code WORK/server-cache} if null
 * @param renderQueue how many users' renderings may wait for a render thread; one more gets 503
 * @param prepareRuns whether to warm the renderer up and render every default report of a new run
 *     before serving it; without, reports are rendered when first asked for
 * @param warmUpRenderings the most benchmark PDFs (the first run's pre-rendered ones included)
 *     after which the server stops rendering chosen-group benchmarks in the background to warm the
 *     renderer up, if the CPU time per rendering has not stopped falling before ({@code
 *     dk.socialbench.server.reports.RendererWarmUp}); 0 for none
 * @param proxy how users reach the server: directly, or through a reverse proxy that ends TLS
 */
public record ServerSettings(
    Path work,
    String host,
    int port,
    AccessTokens tokens,
    Renderer renderer,
    long cacheBytes,
    int renderThreads,
    Duration pollInterval,
    Path cacheDir,
    int renderQueue,
    boolean prepareRuns,
    int warmUpRenderings,
    ReverseProxy proxy) {

  /** The cache sized from the run: its default reports and half as much again for other files. */
  public static final long DEFAULT_CACHE_BYTES = RenderCache.SIZED_FROM_RUN;

  /** Users' renderings that may wait: 16 national benchmarks take about 3 s on 2 cores. */
  public static final int DEFAULT_RENDER_QUEUE = 16;

  /**
   * The most warm-up renderings of {@code serve}: on a national run the CPU time per chosen-group
   * benchmark stops falling after a few hundred (docs/benchmarks.md 5.0.12).
   */
  public static final int DEFAULT_WARM_UP_RENDERINGS = 400;

  public ServerSettings {
    Objects.requireNonNull(work, "work == null");
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(tokens, "tokens == null");
    Objects.requireNonNull(renderer, "renderer == null");
    Objects.requireNonNull(pollInterval, "pollInterval == null");
    Objects.requireNonNull(proxy, "proxy == null");
    if (renderThreads < 1) {
      throw new IllegalArgumentException("renderThreads < 1: " + renderThreads);
    }
    if (renderQueue < 0) {
      throw new IllegalArgumentException("renderQueue < 0: " + renderQueue);
    }
    if (warmUpRenderings < 0) {
      throw new IllegalArgumentException("warmUpRenderings < 0: " + warmUpRenderings);
    }
  }

  /**
   * Loopback, a free port, the cache sized from the run under WORK, one render thread per core,
   * polling every second, runs prepared before they are served, no long warm-up (a test's server
   * should not render in the background for minutes), no proxy.
   */
  public static ServerSettings onLoopback(Path work, AccessTokens tokens, Renderer renderer) {
    return new ServerSettings(
        work,
        "127.0.0.1",
        0,
        tokens,
        renderer,
        DEFAULT_CACHE_BYTES,
        Runtime.getRuntime().availableProcessors(),
        Duration.ofSeconds(1),
        null,
        DEFAULT_RENDER_QUEUE,
        true,
        0,
        ReverseProxy.none());
  }

  /** The folder of the render cache: {@link #cacheDir} or {@code WORK/server-cache}. */
  public Path cacheFolder() {
    return cacheDir != null ? cacheDir : work.resolve("server-cache");
  }

  public ServerSettings withCacheBytes(long bytes) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        bytes,
        renderThreads,
        pollInterval,
        cacheDir,
        renderQueue,
        prepareRuns,
        warmUpRenderings,
        proxy);
  }

  public ServerSettings withPollInterval(Duration interval) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        cacheBytes,
        renderThreads,
        interval,
        cacheDir,
        renderQueue,
        prepareRuns,
        warmUpRenderings,
        proxy);
  }

  /** These render threads, and at most {@code queue} users' renderings waiting for them. */
  public ServerSettings withRendering(int threads, int queue) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        cacheBytes,
        threads,
        pollInterval,
        cacheDir,
        queue,
        prepareRuns,
        warmUpRenderings,
        proxy);
  }

  public ServerSettings withPreparedRuns(boolean prepare) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        cacheBytes,
        renderThreads,
        pollInterval,
        cacheDir,
        renderQueue,
        prepare,
        warmUpRenderings,
        proxy);
  }

  public ServerSettings withProxy(ReverseProxy reverseProxy) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        cacheBytes,
        renderThreads,
        pollInterval,
        cacheDir,
        renderQueue,
        prepareRuns,
        warmUpRenderings,
        reverseProxy);
  }

  /** At most {@code renderings} warm-up renderings after the first run is served (0: none). */
  public ServerSettings withWarmUp(int renderings) {
    return new ServerSettings(
        work,
        host,
        port,
        tokens,
        renderer,
        cacheBytes,
        renderThreads,
        pollInterval,
        cacheDir,
        renderQueue,
        prepareRuns,
        renderings,
        proxy);
  }
}
