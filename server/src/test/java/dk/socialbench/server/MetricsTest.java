package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} as a Prometheus server scrapes it: the names it had before Micrometer stay, so
 * dashboards keep working, and the JVM and Jetty metrics come with it.
 */
class MetricsTest {
  @TempDir Path work;

  @Test
  void metrics_count_requests_by_route_renders_cache_run_heap_jvm_and_jetty() {
    RunFixture.run(work, "20261124-101500-ab12").write().publish();
    try (TestServer server = TestServer.start(work)) {
      server.get("/reports/benchmark/147.pdf", ADMIN);
      server.get("/reports/benchmark/147.pdf", ADMIN);
      server.get("/reports/benchmark/999.pdf", ADMIN);
      server.get("/nowhere", null);

      HttpResponse<String> r = server.get("/metrics", null);
      String text = r.body();

      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
      String reports =
          "socialbench_http_requests_total{method=\"GET\",route=\"/reports/{report}/{file}\"";
      assertEquals(2, value(text, reports + ",status=\"200\"}"), text);
      assertEquals(1, value(text, reports + ",status=\"404\"}"), text);
      assertEquals(
          1,
          value(
              text,
              "socialbench_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"),
          text);
      // Two downloads of one file: rendered once (a miss), then served from the cache (a hit).
      assertEquals(
          1,
          value(
              text,
              "socialbench_render_duration_seconds_count{format=\"pdf\",report=\"benchmark\"}"),
          text);
      assertEquals(
          1,
          value(
              text,
              "socialbench_render_duration_seconds_bucket{format=\"pdf\",report=\"benchmark\","
                  + "le=\"+Inf\"}"),
          text);
      assertEquals(1, value(text, "socialbench_render_cache_hits_total"), text);
      assertEquals(1, value(text, "socialbench_render_cache_misses_total"), text);
      assertEquals(1, value(text, "socialbench_render_cache_files"), text);
      assertEquals(0, value(text, "socialbench_render_queue_waiting"), text);
      assertEquals(0, value(text, "socialbench_render_failures_total"), text);
      assertEquals(1, value(text, "socialbench_run_info{run_id=\"20261124-101500-ab12\"}"), text);
      assertTrue(value(text, "jvm_memory_heap_used_bytes") > 0, text);
      assertTrue(value(text, "jvm_memory_heap_max_bytes") > 0, text);
      assertTrue(value(text, "process_cpu_seconds_total") > 0, text);
      // From Micrometer's binders: the JVM's threads and Jetty's request threads.
      assertTrue(value(text, "jvm_threads_live_threads") > 0, text);
      assertTrue(value(text, "jetty_threads_config_max") > 0, text);
    }
  }

  /** The value of the sample {@code series} (name and labels exactly as written), or a failure. */
  private static double value(String text, String series) {
    for (String line : text.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    throw new AssertionError("no sample " + series + " in\n" + text);
  }
}
