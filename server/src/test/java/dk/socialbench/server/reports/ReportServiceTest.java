package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.fixtures.FakeRenderer;
import dk.socialbench.server.metrics.ServerMetrics;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
  static final PublishedRun RUN =
      new PublishedRun(
          "20261124-101500-ab12",
          Instant.parse("2026-11-24T10:15:00Z"),
          LocalDate.of(2009, 3, 1),
          LocalDate.of(2017, 11, 30),
          5,
          List.of("147", "157", "151"),
          Map.of());
  static final ReportRequest FREDERIKSBERG =
      new ReportRequest(ReportKind.BENCHMARK, "147", Format.PDF);
  static final ReportRequest GENTOFTE = new ReportRequest(ReportKind.BENCHMARK, "157", Format.PDF);
  static final ReportRequest HOLBAEK = new ReportRequest(ReportKind.BENCHMARK, "151", Format.PDF);

  @TempDir Path dir;
  final FakeRenderer renderer = new FakeRenderer();
  final ServerMetrics metrics = new ServerMetrics();
  RenderQueue queue;

  ReportService service(long cacheBytes, int threads, int maxWaiting) {
    RenderCache cache = new RenderCache(dir, "v1", cacheBytes);
    cache.retainRuns(Set.of(RUN.runId()));
    queue = new RenderQueue(threads, maxWaiting);
    return new ReportService(renderer, cache, queue, metrics);
  }

  @AfterEach
  void stop() {
    renderer.releaseHeld();
    queue.close();
  }

  @Test
  void a_request_for_a_file_being_rendered_waits_for_that_rendering() throws Exception {
    ReportService service = service(0, 2, 4);
    renderer.holdFor("147");
    ReportService.Answer first = service.file(FREDERIKSBERG, RUN);
    renderer.awaitHeld();

    ReportService.Answer second = service.file(FREDERIKSBERG, RUN);
    renderer.releaseHeld();

    assertFalse(first.cached());
    assertFalse(second.cached());
    assertSame(first.file().get(5, TimeUnit.SECONDS), second.file().get(5, TimeUnit.SECONDS));
    assertEquals(1, renderer.calls());
    assertEquals(2, metrics.cacheMisses());
  }

  @Test
  void a_rendered_file_is_cached_and_the_next_request_is_a_hit() throws Exception {
    ReportService service = service(1 << 20, 1, 4);

    service.file(FREDERIKSBERG, RUN).file().get(5, TimeUnit.SECONDS);
    ReportService.Answer again = service.file(FREDERIKSBERG, RUN);

    assertTrue(again.cached());
    assertTrue(again.file().isDone());
    assertEquals(1, renderer.calls());
    assertEquals(1, metrics.cacheHits());
  }

  @Test
  void when_the_queue_is_full_a_users_rendering_is_refused_but_one_in_flight_is_still_joined()
      throws Exception {
    ReportService service = service(0, 1, 1);
    renderer.holdFor("147");
    ReportService.Answer rendering = service.file(FREDERIKSBERG, RUN);
    renderer.awaitHeld(); // on the only render thread
    ReportService.Answer waiting = service.file(GENTOFTE, RUN); // the one place in the queue

    assertThrows(RenderQueueFullException.class, () -> service.file(HOLBAEK, RUN));
    ReportService.Answer joined = service.file(FREDERIKSBERG, RUN);
    renderer.releaseHeld();

    assertSame(rendering.file().get(5, TimeUnit.SECONDS), joined.file().get(5, TimeUnit.SECONDS));
    assertTrue(waiting.file().get(5, TimeUnit.SECONDS).length() > 0);
    assertTrue(metrics.prometheusText().contains("socialbench_render_queue_full_total 1.0\n"));
    assertEquals(
        List.of("/reports/benchmark/147.pdf", "/reports/benchmark/157.pdf"), renderer.rendered());
  }

  @Test
  void pre_rendering_renders_only_what_the_cache_lacks_and_is_not_bound_by_the_users_queue()
      throws Exception {
    ReportService service = service(1 << 20, 1, 0);
    service.prerender(FREDERIKSBERG, RUN).get(5, TimeUnit.SECONDS);

    boolean again = service.prerender(FREDERIKSBERG, RUN).get(5, TimeUnit.SECONDS);
    boolean other = service.prerender(GENTOFTE, RUN).get(5, TimeUnit.SECONDS);

    assertFalse(again);
    assertTrue(other);
    assertEquals(
        List.of("/reports/benchmark/147.pdf", "/reports/benchmark/157.pdf"), renderer.rendered());
  }
}
