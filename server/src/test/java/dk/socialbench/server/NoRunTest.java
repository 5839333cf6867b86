package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      HttpResponse<String> adminHealth = server.get("/health", ADMIN);

      assertEquals(503, report.statusCode());
      assertTrue(report.body().contains("Kør ./socialbench run --input MAPPE --work " + work));
      assertEquals(503, data.statusCode());
      assertEquals(503, page.statusCode());
      assertTrue(page.body().contains("Kør ./socialbench run"), page.body());
      assertEquals(503, health.statusCode());
      assertEquals("{\"status\":\"no_run\",\"run_id\":null,\"load_problem\":false}", health.body());
      assertEquals(503, adminHealth.statusCode());
      assertTrue(adminHealth.body().contains("Kør ./socialbench run"), adminHealth.body());

      RunFixture.run(work, "20261124-101500-ab12").write().publish();
      server.awaitRun("20261124-101500-ab12");

      assertEquals(200, server.get("/reports/benchmark/147.pdf", ADMIN).statusCode());
      assertEquals(200, server.get("/health", null).statusCode());
    }
  }

  @Test
  void why_a_run_cannot_be_loaded_is_shown_to_the_admin_only() throws Exception {
    RunFixture.run(work, "20261124-101500-ab12").write();
    java.nio.file.Files.writeString(
        work.resolve("runs/20261124-101500-ab12/manifest.json"), "{\"run_id\": \"x\"}");
    RunFixture.run(work, "20261124-101500-ab12").publish();

    try (TestServer server = TestServer.start(work)) {
      HttpResponse<String> api = server.get("/api/v1/runs/current", FREDERIKSBERG);
      HttpResponse<String> health = server.get("/health", null);
      HttpResponse<String> municipalityHealth = server.get("/health", FREDERIKSBERG);
      HttpResponse<String> adminHealth = server.get("/health", ADMIN);
      String metrics = server.get("/metrics", null).body();

      assertEquals(503, api.statusCode());
      assertTrue(
          api.body().contains("kunne ikke indlæses; årsagen står i serverens log"), api.body());
      assertEquals("{\"status\":\"no_run\",\"run_id\":null,\"load_problem\":true}", health.body());
      assertEquals(health.body(), municipalityHealth.body());
      for (String anyone : new String[] {api.body(), health.body(), metrics}) {
        assertFalse(anyone.contains("manifest"), anyone);
        assertFalse(anyone.contains("run 20261124-101500-ab12"), anyone);
      }
      assertTrue(
          adminHealth.body().contains("\"load_problem_detail\":\"run 20261124-101500-ab12"),
          adminHealth.body());
      assertTrue(metrics.contains("\nsocialbench_run_load_problem 1.0\n"), metrics);
    }
  }
}
