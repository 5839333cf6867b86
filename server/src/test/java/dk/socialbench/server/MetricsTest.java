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

class MetricsTest {
  @TempDir Path work;

  @Test
  void metrics_count_requests_by_route_renders_cache_run_and_heap() {
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
      assertTrue(
          text.contains(
              "socialbench_http_requests_total{method=\"GET\",route=\"/reports/{report}/{file}\","
                  + "status=\"200\"} 2"),
          text);
      assertTrue(
          text.contains(
              "socialbench_http_requests_total{method=\"GET\",route=\"/reports/{report}/{file}\","
                  + "status=\"404\"} 1"),
          text);
      assertTrue(text.contains("route=\"unmatched\",status=\"404\"} 1"), text);
      assertTrue(
          text.contains(
              "socialbench_render_duration_seconds_count{report=\"benchmark\",format=\"pdf\"} 1"),
          text);
      assertTrue(text.contains("socialbench_render_cache_hits_total 1"), text);
      assertTrue(text.contains("socialbench_render_cache_misses_total 1"), text);
      assertTrue(text.contains("socialbench_run_info{run_id=\"20261124-101500-ab12\"} 1"), text);
      assertTrue(text.contains("socialbench_render_cache_files 1"), text);
      assertTrue(text.matches("(?s).*\njvm_memory_heap_used_bytes [1-9][0-9]*\n.*"), text);
      assertTrue(text.matches("(?s).*\nprocess_cpu_seconds_total [0-9.E-]+\n.*"), text);
      assertTrue(text.contains("\nsocialbench_render_queue_waiting 0\n"), text);
    }
  }
}
