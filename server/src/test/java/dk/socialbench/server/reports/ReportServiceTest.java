package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.fixtures.FakeRenderer;
import dk.socialbench.server.metrics.ServerMetrics;
import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
  @TempDir Path dir;

  static final PublishedRun RUN =
      new PublishedRun(
          "20261124-101500-ab12",
          Instant.parse("2026-11-24T10:15:00Z"),
          LocalDate.of(2009, 3, 1),
          LocalDate.of(2017, 11, 30),
          5,
          List.of("147"),
          Map.of());

  @Test
  void requests_for_a_file_being_rendered_wait_for_that_rendering() throws Exception {
    FakeRenderer renderer = new FakeRenderer();
    ServerMetrics metrics = new ServerMetrics();
    ReportService service = new ReportService(renderer, new RenderCache(dir, 0), metrics, 2);
    ReportRequest request = new ReportRequest(ReportKind.BENCHMARK, "147", Format.PDF);
    renderer.holdFor("147");

    CompletableFuture<RenderedFile> first =
        CompletableFuture.supplyAsync(() -> service.file(request, RUN));
    renderer.awaitHeld();
    CompletableFuture<RenderedFile> second =
        CompletableFuture.supplyAsync(() -> service.file(request, RUN));
    Thread.sleep(100); // let the second request reach the rendering in flight
    renderer.releaseHeld();

    assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
    assertEquals(1, renderer.calls());
    assertEquals(2, metrics.cacheMisses());
  }
}
