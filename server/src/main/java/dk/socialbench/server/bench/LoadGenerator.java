package dk.socialbench.server.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Sends a bounded number of GET requests to a server on loopback from {@code clients} threads at
 * once, each client sending its next request when the last one is answered. Stops by itself after
 * the requests or the time limit, whichever comes first.
 */
final class LoadGenerator {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String token;
  private final Duration timeLimit;

  LoadGenerator(String token, Duration timeLimit) {
    this.token = token;
    this.timeLimit = timeLimit;
  }

  /** Requests {@code uris} round-robin, {@code requests} in all, {@code clients} at a time. */
  LoadResult run(String scenario, List<URI> uris, int clients, int requests)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLongArray latencies = new AtomicLongArray(requests);
    long deadline = System.nanoTime() + timeLimit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
              long sent = System.nanoTime();
              if (!fetch(uris.get(i % uris.size()))) {
                errors.incrementAndGet();
              }
              latencies.set(i, System.nanoTime() - sent);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(timeLimit.toSeconds() + 60, TimeUnit.SECONDS);
    long wall = System.nanoTime() - start;
    int done = Math.min(next.get(), requests);
    long[] measured = new long[done];
    for (int i = 0; i < done; i++) {
      measured[i] = latencies.get(i);
    }
    return new LoadResult(scenario, clients, measured, errors.get(), wall);
  }

  /** Whether the request got 200 and a body; the body is read whole, as a client would. */
  boolean fetch(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofMinutes(2))
            .GET()
            .build();
    try {
      // Streamed and counted, not collected: the client's own allocations would otherwise weigh
      // in the latencies of the cached files it measures (2 cores serve both sides).
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = r.body()) {
        return body.transferTo(OutputStream.nullOutputStream()) > 0 && r.statusCode() == 200;
      }
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
