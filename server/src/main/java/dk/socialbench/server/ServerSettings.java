package dk.socialbench.server;

import dk.socialbench.server.access.AccessTokens;
import dk.socialbench.server.http.ReverseProxy;
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
 * @param cacheBytes the most rendered files the cache holds on disk (in a private temporary
 *     directory deleted at stop), in bytes; 0 caches nothing
 * @param renderThreads how many reports may render at once
 * @param pollInterval how often {@code runs/LATEST} is checked for a new run
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
    ReverseProxy proxy) {

  /** Room for every report of a national run in every format, several times over. */
  public static final long DEFAULT_CACHE_BYTES = 1024L << 20;

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
  }

  /**
   * Loopback, a free port, the default cache, one render thread per core, polling every second, no
   * proxy.
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
        ReverseProxy.none());
  }

  public ServerSettings withCacheBytes(long bytes) {
    return new ServerSettings(
        work, host, port, tokens, renderer, bytes, renderThreads, pollInterval, proxy);
  }

  public ServerSettings withPollInterval(Duration interval) {
    return new ServerSettings(
        work, host, port, tokens, renderer, cacheBytes, renderThreads, interval, proxy);
  }

  public ServerSettings withProxy(ReverseProxy reverseProxy) {
    return new ServerSettings(
        work, host, port, tokens, renderer, cacheBytes, renderThreads, pollInterval, reverseProxy);
  }
}
