package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSwitchTest {
  static final String FIRST = "20261124-101500-ab12";
  static final String SECOND = "20261125-080000-cd34";

  @TempDir Path work;

  @Test
  void a_new_latest_is_served_without_restart_with_a_new_etag() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147").write().publish();
    try (TestServer server = TestServer.start(work)) {
      HttpResponse<byte[]> before = server.getBytes("/reports/benchmark/147.pdf", ADMIN);

      RunFixture.run(work, SECOND).municipalities("147", "157").write().publish();
      server.awaitRun(SECOND);
      HttpResponse<byte[]> after = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
      HttpResponse<String> run = server.get("/api/v1/runs/current", ADMIN);

      assertTrue(text(before).contains(FIRST));
      assertTrue(text(after).contains(SECOND));
      assertNotEquals(etag(before), etag(after));
      assertTrue(run.body().contains("\"run_id\":\"" + SECOND + "\""), run.body());
      assertEquals(200, server.get("/reports/benchmark/157.pdf", ADMIN).statusCode());
    }
  }

  @Test
  void a_request_in_flight_during_the_switch_completes_on_its_run() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147").write().publish();
    try (TestServer server = TestServer.start(work)) {
      server.renderer.holdFor("147");
      CompletableFuture<HttpResponse<byte[]>> inFlight =
          server.getBytesAsync("/reports/benchmark/147.pdf", ADMIN);
      server.renderer.awaitHeld();

      RunFixture.run(work, SECOND).municipalities("147").write().publish();
      server.awaitRun(SECOND);
      server.renderer.releaseHeld();
      HttpResponse<byte[]> r = inFlight.get(10, TimeUnit.SECONDS);

      assertEquals(200, r.statusCode());
      assertEquals(FIRST, r.headers().firstValue("X-Socialbench-Run").orElseThrow());
      assertTrue(text(r).contains("benchmark 147 " + FIRST), text(r));
    }
  }

  @Test
  void a_broken_new_run_leaves_the_old_one_served_and_is_reported_on_health() throws Exception {
    RunFixture.run(work, FIRST).municipalities("147").write().publish();
    try (TestServer server = TestServer.start(work)) {
      RunFixture.run(work, SECOND).municipalities("147").write();
      Files.writeString(work.resolve("runs/" + SECOND + "/manifest.json"), "{}");
      RunFixture.run(work, SECOND).publish();

      String health = awaitHealthProblem(server);
      String adminHealth = server.get("/health", ADMIN).body();

      assertTrue(health.contains("\"run_id\":\"" + FIRST + "\""), health);
      assertFalse(health.contains(SECOND), health);
      assertTrue(adminHealth.contains("\"load_problem_detail\":\"run " + SECOND), adminHealth);
      assertEquals(200, server.get("/reports/benchmark/147.pdf", ADMIN).statusCode());
    }
  }

  private static String awaitHealthProblem(TestServer server) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      String body = server.get("/health", null).body();
      if (body.contains("\"load_problem\":true")) {
        return body;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the broken run was never reported");
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.ISO_8859_1);
  }

  private static String etag(HttpResponse<byte[]> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }
}
