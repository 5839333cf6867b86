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

class NoRunTest {
  @TempDir Path work;

  @Test
  void before_any_run_the_server_answers_503_with_what_to_do_then_serves_the_first_run()
      throws Exception {
    try (TestServer server = TestServer.start(work)) {
      HttpResponse<String> report = server.get("/reports/benchmark/147.pdf", ADMIN);
      HttpResponse<String> data = server.get("/api/v1/runs/current", ADMIN);
      HttpResponse<String> page = server.get("/", null);
      HttpResponse<String> health = server.get("/health", null);

      assertEquals(503, report.statusCode());
      assertTrue(report.body().contains("Kør ./socialbench run --input MAPPE --work " + work));
      assertEquals(503, data.statusCode());
      assertEquals(503, page.statusCode());
      assertTrue(page.body().contains("Kør ./socialbench run"), page.body());
      assertEquals(503, health.statusCode());
      assertTrue(health.body().contains("Kør ./socialbench run"), health.body());

      RunFixture.run(work, "20261124-101500-ab12").write().publish();
      server.awaitRun("20261124-101500-ab12");

      assertEquals(200, server.get("/reports/benchmark/147.pdf", ADMIN).statusCode());
      assertEquals(200, server.get("/health", null).statusCode());
    }
  }

  @Test
  void a_run_that_cannot_be_loaded_is_explained_in_the_503() throws Exception {
    RunFixture.run(work, "20261124-101500-ab12").write();
    java.nio.file.Files.writeString(
        work.resolve("runs/20261124-101500-ab12/manifest.json"), "{\"run_id\": \"x\"}");
    RunFixture.run(work, "20261124-101500-ab12").publish();

    try (TestServer server = TestServer.start(work)) {
      HttpResponse<String> r = server.get("/api/v1/runs/current", ADMIN);

      assertEquals(503, r.statusCode());
      assertTrue(r.body().contains("kunne ikke indlæses"), r.body());
      assertTrue(r.body().contains("\"detail\":\"run 20261124-101500-ab12"), r.body());
    }
  }
}
