package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?compare=} on a benchmark's URL: a chosen comparison group, checked and cached apart. */
class ComparisonGroupRequestTest {
  static final String RUN = "20261124-101500-ab12";

  @TempDir Path work;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.servingRun(work, RUN, "147", "151", "153", "157", "183");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_chosen_group_is_rendered_for_that_group_and_cached_under_it_in_any_order() {
    HttpResponse<byte[]> chosen =
        server.getBytes("/reports/benchmark/147.pdf?compare=157,151,153", ADMIN);
    assertEquals(200, chosen.statusCode());
    assertTrue(text(chosen).contains("benchmark 147 " + RUN + " PDF compare 151,153,157"));
    int calls = server.renderer.calls();

    HttpResponse<byte[]> again =
        server.getBytes("/reports/benchmark/147.pdf?compare=151,%20153,157", ADMIN);
    assertEquals(text(chosen), text(again));
    assertEquals(calls, server.renderer.calls(), "the same group in another order is a hit");

    HttpResponse<byte[]> standard = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
    assertEquals(calls + 1, server.renderer.calls(), "the default group is another file");
    assertTrue(!text(standard).contains("compare"), text(standard));
    assertTrue(
        !chosen.headers().firstValue("ETag").equals(standard.headers().firstValue("ETag")),
        "another file, another ETag");
  }

  @Test
  void a_group_of_two_is_refused_with_400_and_says_why_in_danish() {
    HttpResponse<String> r = server.get("/reports/benchmark/147.pdf?compare=151,157", ADMIN);
    assertEquals(400, r.statusCode());
    assertTrue(
        r.body()
            .contains(
                "En sammenligningsgruppe skal have mindst 3 kommuner, så gruppens tal ikke blot"
                    + " gentager én eller to kommuners tal; der er valgt 2."),
        r.body());
    assertEquals(0, server.renderer.calls(), "refused before rendering");
  }

  @Test
  void a_municipality_outside_the_run_or_a_malformed_code_is_refused_with_400() {
    HttpResponse<String> outside =
        server.get("/reports/benchmark/147.xlsx?compare=151,157,751", ADMIN);
    assertEquals(400, outside.statusCode());
    assertTrue(
        outside.body().contains("Aarhus (751) har ingen data i kørsel " + RUN), outside.body());
    HttpResponse<String> malformed =
        server.get("/reports/benchmark/147.csv?compare=151;157", ADMIN);
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().contains("er ikke en kommunekode"), malformed.body());
  }

  @Test
  void only_the_benchmark_takes_a_group() {
    HttpResponse<String> r = server.get("/reports/national/all.pdf?compare=151,153,157", ADMIN);
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("compare gælder kun benchmarkrapporten"), r.body());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.ISO_8859_1);
  }
}
