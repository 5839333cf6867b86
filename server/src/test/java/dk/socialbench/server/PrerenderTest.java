package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.socialbench.server.fixtures.FakeRenderer;
import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's default reports are rendered before it is served: a municipality's first download is a
 * cache hit. Two municipalities make 2 × 2 reports × 3 formats + the national report × 3 = 15
 * default reports; the warm-up renders 6 of them once per server, one after another: both benchmark
 * PDFs, 147's data-quality report in three formats and its benchmark CSV.
 */
class PrerenderTest {
  static final String FIRST = "20261124-101500-ab12";
  static final String SECOND = "20261125-080000-cd34";
  static final List<String> DEFAULTS_147_157 =
      List.of(
          "/reports/benchmark/147.pdf",
          "/reports/benchmark/157.pdf",
          "/reports/data-quality/147.pdf",
          "/reports/data-quality/157.pdf",
          "/reports/national/all.pdf",
          "/reports/benchmark/147.xlsx",
          "/reports/benchmark/157.xlsx",
          "/reports/data-quality/147.xlsx",
          "/reports/data-quality/157.xlsx",
          "/reports/national/all.xlsx",
          "/reports/benchmark/147.csv",
          "/reports/benchmark/157.csv",
          "/reports/data-quality/147.csv",
          "/reports/data-quality/157.csv",
          "/reports/national/all.csv");

  @TempDir Path work;

  static TestServer preparing(Path work) {
    return TestServer.start(work, s -> s);
  }

  @Test
  void a_new_run_is_switched_to_with_every_default_report_rendered_and_the_first_download_hits()
      throws Exception {
    RunFixture.run(work, FIRST).municipalities("147", "157").write().publish();
    try (TestServer server = preparing(work)) {
      server.awaitPrerendered(FIRST);
      server.renderer.padTo(200_000); // larger than a send buffer: the file goes in pieces
      server.renderer.holdFor("157"); // the new run's reports of 157 wait for the test
      int before = server.renderer.calls();

      RunFixture.run(work, SECOND).municipalities("147", "157").write().publish();
      server.renderer.awaitHeld();
      JsonNode preparing = server.health();
      HttpResponse<byte[]> meanwhile = server.getBytes("/reports/benchmark/147.pdf", FREDERIKSBERG);
      server.renderer.releaseHeld();
      server.awaitRun(SECOND);

      assertEquals(FIRST, preparing.path("run_id").asText(), "the old run is served meanwhile");
      assertEquals(SECOND, preparing.path("prerender").path("run_id").asText());
      assertEquals(15, preparing.path("prerender").path("reports").asInt());
      assertFalse(preparing.path("prerender").path("done").asBoolean());
      assertEquals(FIRST, header(meanwhile, "X-Socialbench-Run"));
      assertEquals(DEFAULTS_147_157.size(), server.renderer.calls() - before, "each rendered once");
      String missesBefore = metric(server, "socialbench_render_cache_misses_total");

      for (String path : DEFAULTS_147_157) {
        HttpResponse<byte[]> first = server.getBytes(path, ADMIN);
        assertEquals(200, first.statusCode(), path);
        assertEquals("hit", header(first, "X-Socialbench-Cache"), path);
        assertEquals(SECOND, header(first, "X-Socialbench-Run"), path);
      }
      HttpResponse<byte[]> pdf = server.getBytes("/reports/benchmark/157.pdf", ADMIN);
      byte[] expected =
          ("%PDF-1.4\nbenchmark 157 " + SECOND + " PDF" + "x".repeat(200_000) + "\n%%EOF\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      assertArrayEquals(expected, pdf.body());
      assertEquals(missesBefore, metric(server, "socialbench_render_cache_misses_total"));
      assertEquals("15.0", metric(server, "socialbench_prerender_rendered"));
      assertFalse(Files.exists(server.cacheDir().resolve(FIRST)), "the old run's files are gone");
    }
  }

  @Test
  void the_server_opens_its_port_only_once_the_renderer_is_warmed_up() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147", "157").write().publish();
    FakeRenderer renderer = new FakeRenderer();
    renderer.holdFor("147");

    CompletableFuture<TestServer> starting =
        CompletableFuture.supplyAsync(() -> TestServer.start(work, renderer, s -> s));
    renderer.awaitHeld();
    boolean startedWhileWarming = starting.isDone();
    renderer.releaseHeld();

    try (TestServer server = starting.get(10, TimeUnit.SECONDS)) {
      assertFalse(startedWhileWarming);
      assertEquals(
          List.of(
              "/reports/benchmark/147.pdf",
              "/reports/benchmark/157.pdf",
              "/reports/data-quality/147.pdf",
              "/reports/data-quality/147.xlsx",
              "/reports/data-quality/147.csv",
              "/reports/benchmark/147.csv"),
          renderer.rendered().subList(0, 6));
      assertEquals(200, server.get("/health", null).statusCode());
    }
  }

  @Test
  void a_report_that_fails_is_logged_by_name_and_the_run_is_served_without_it() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147", "157").write().publish();
    try (TestServer server = preparing(work)) {
      server.awaitPrerendered(FIRST);
      server.renderer.failFor("157");
      PrintStream stderr = System.err;
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      try {
        RunFixture.run(work, SECOND).municipalities("147", "157").write().publish();
        server.awaitRun(SECOND);
      } finally {
        System.setErr(stderr);
      }

      JsonNode prerender = server.health().path("prerender");
      assertEquals(6, prerender.path("failed").asInt(), "157's two reports in three formats");
      assertEquals(9, prerender.path("rendered").asInt());
      String logged = log.toString(StandardCharsets.UTF_8);
      assertTrue(
          logged.contains(
              "pre-rendering run " + SECOND + ": /reports/data-quality/157.xlsx could not be"),
          logged);
      HttpResponse<byte[]> ok = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
      assertEquals("hit", header(ok, "X-Socialbench-Cache"));
      assertEquals(500, server.getBytes("/reports/benchmark/157.pdf", ADMIN).statusCode());
    }
  }

  @Test
  void after_a_restart_the_cached_files_are_served_with_the_same_etag_without_rendering_again()
      throws Exception {
    RunFixture.run(work, FIRST).municipalities("147", "157").write().publish();
    String etag;
    try (TestServer server = preparing(work)) {
      server.awaitPrerendered(FIRST);
      etag = header(server.getBytes("/reports/benchmark/147.pdf", ADMIN), "ETag");
    }

    try (TestServer restarted = preparing(work)) {
      restarted.awaitPrerendered(FIRST);
      HttpResponse<byte[]> r = restarted.getBytes("/reports/benchmark/147.pdf", ADMIN);

      assertEquals("hit", header(r, "X-Socialbench-Cache"));
      assertEquals(etag, header(r, "ETag"));
      assertEquals(6, restarted.renderer.calls(), "the warm-up only");
      assertEquals(0, restarted.health().path("prerender").path("failed").asInt());
    }
  }

  @Test
  void files_of_another_renderer_version_are_deleted_and_rendered_again() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147", "157").write().publish();
    try (TestServer server = preparing(work)) {
      server.awaitPrerendered(FIRST);
    }
    FakeRenderer rebuilt = new FakeRenderer();
    rebuilt.version("fake-2");

    try (TestServer server = TestServer.start(work, rebuilt, s -> s)) {
      server.awaitPrerendered(FIRST);

      assertEquals(15, rebuilt.calls(), "each default report once, 6 of them by the warm-up");
      assertEquals(List.of("fake-2"), names(server.cacheDir().resolve(FIRST)));
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
  }

  private static String metric(TestServer server, String name) {
    for (String line : server.get("/metrics", null).body().split("\n")) {
      if (line.startsWith(name + " ")) {
        return line.substring(name.length() + 1);
      }
    }
    throw new AssertionError("/metrics has no " + name);
  }

  @Test
  void after_the_first_runs_reports_the_server_warms_up_with_chosen_groups_and_says_when_warm()
      throws Exception {
    RunFixture.run(work, FIRST).municipalities("101", "147", "151", "157", "159").write().publish();
    try (TestServer server = TestServer.start(work, s -> s.withWarmUp(12))) {
      server.awaitPrerendered(FIRST);
      JsonNode warmUp = server.awaitWarm();

      // A fake rendering costs next to no CPU: no window of 20 is complete, the limit ends it. The
      // 5 default benchmark PDFs (3 at start-up, 2 pre-rendered) count toward the 12.
      assertEquals(5, warmUp.path("prerendered").asInt());
      assertEquals(7, warmUp.path("renderings").asInt());
      assertEquals("limit", warmUp.path("stopped_by").asText());
      assertEquals("7.0", metric(server, "socialbench_warmup_renderings"));
      assertEquals("1.0", metric(server, "socialbench_warmup_done"));
      List<String> rendered = server.renderer.rendered();
      // 5 municipalities' 2 reports × 3 formats + the national report × 3, then the warm-up's 7.
      assertEquals(
          List.of(
              "/reports/benchmark/101.pdf",
              "/reports/benchmark/147.pdf",
              "/reports/benchmark/151.pdf",
              "/reports/benchmark/157.pdf",
              "/reports/benchmark/159.pdf",
              "/reports/benchmark/101.pdf",
              "/reports/benchmark/147.pdf"),
          rendered.subList(rendered.size() - 7, rendered.size()));
      // The start-up's 7 files are cached defaults and not rendered again: 33 + 7 renderings.
      assertEquals(40, server.renderer.calls());
      // The warm-up's files are dropped: a chosen group is rendered when a user asks for it.
      HttpResponse<byte[]> chosen =
          server.getBytes("/reports/benchmark/147.pdf?compare=101,151,157,159", ADMIN);
      assertEquals("miss", header(chosen, "X-Socialbench-Cache"));
    }
  }

  @Test
  void a_second_run_is_prerendered_without_warming_up_again() throws Exception {
    RunFixture.run(work, FIRST).municipalities("101", "147", "151", "157", "159").write().publish();
    try (TestServer server = TestServer.start(work, s -> s.withWarmUp(12))) {
      server.awaitPrerendered(FIRST);
      server.awaitWarm();
      int callsWhenWarm = server.renderer.calls();

      RunFixture.run(work, SECOND)
          .municipalities("101", "147", "151", "157", "159")
          .write()
          .publish();
      server.awaitRun(SECOND);

      // The new run's 33 default reports and no chosen group again; the national report first, as
      // the pre-rendering orders them (the start-up's renderings would begin with 101's benchmark).
      assertEquals(callsWhenWarm + 33, server.renderer.calls());
      // (its PDF and XLSX are rendered side by side, so either may be recorded first)
      assertTrue(
          server.renderer.rendered().get(callsWhenWarm).startsWith("/reports/national/all."),
          server.renderer.rendered().get(callsWhenWarm));
      assertEquals(7, server.health().path("warm_up").path("renderings").asInt());
    }
  }
}
