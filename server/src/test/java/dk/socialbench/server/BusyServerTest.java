package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One render thread and room for one waiting rendering: a third rendering is refused at once with
 * 503 and Retry-After, while a request for a file already being rendered still waits for it.
 */
class BusyServerTest {
  @TempDir Path work;

  @Test
  void when_too_many_renderings_wait_the_server_answers_503_with_retry_after_in_danish()
      throws Exception {
    RunFixture.run(work, "20261124-101500-ab12").municipalities("147", "157").write().publish();
    try (TestServer server =
        TestServer.start(work, s -> s.withPreparedRuns(false).withRendering(1, 1))) {
      server.renderer.holdFor("147");
      CompletableFuture<HttpResponse<byte[]>> rendering =
          server.getBytesAsync("/reports/benchmark/147.pdf", ADMIN);
      server.renderer.awaitHeld();
      CompletableFuture<HttpResponse<byte[]>> waiting =
          server.getBytesAsync("/reports/benchmark/157.pdf", ADMIN);
      awaitMetric(server, "socialbench_render_queue_waiting 1.0");

      HttpResponse<String> refused = server.get("/reports/benchmark/147.xlsx", ADMIN);
      CompletableFuture<HttpResponse<byte[]>> joining =
          server.getBytesAsync("/reports/benchmark/147.pdf", ADMIN);
      server.renderer.releaseHeld();

      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals("5", refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(
          refused
              .headers()
              .firstValue("Content-Type")
              .orElseThrow()
              .startsWith("application/json"));
      assertTrue(
          refused
              .body()
              .contains(
                  "\"error\":\"Serveren er optaget af at danne andre rapporter (1 venter allerede)."
                      + " Prøv igen om 5 sekunder.\",\"status\":503"),
          refused.body());
      assertEquals(200, rendering.get(10, TimeUnit.SECONDS).statusCode());
      assertEquals(200, waiting.get(10, TimeUnit.SECONDS).statusCode());
      assertEquals(200, joining.get(10, TimeUnit.SECONDS).statusCode());
      assertTrue(
          server
              .get("/metrics", null)
              .body()
              .contains("socialbench_render_queue_full_total 1.0\n"));
    }
  }

  /** Waits (up to 10 s) for a line of /metrics: the server takes a request on its own threads. */
  private static void awaitMetric(TestServer server, String line) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (server.get("/metrics", null).body().contains("\n" + line + "\n")) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("/metrics never showed " + line);
  }
}
