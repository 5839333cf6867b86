package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MethodsTest {
  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.servingRun(work, "20261124-101500-ab12", "147", "157");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<Arguments> routesAndUsers() {
    List<String> paths =
        List.of(
            "/",
            "/?municipality=157",
            "/reports/benchmark/147.pdf",
            "/reports/benchmark/157.xlsx",
            "/reports/benchmark/999.pdf",
            "/reports/data-quality/all.csv",
            "/reports/national/all.pdf",
            "/api/v1/catalogue",
            "/api/v1/runs/current",
            "/api/v1/datasets/goal_type",
            "/api/v1/datasets/rejected_rows?municipality=157",
            "/health",
            "/metrics",
            "/nowhere");
    List<Arguments> all = new ArrayList<>();
    for (String path : paths) {
      for (String user : new String[] {"none", "admin", "frederiksberg"}) {
        all.add(Arguments.of(path, user));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("routesAndUsers")
  void head_answers_as_get_does_without_the_body(String path, String user) {
    String token =
        switch (user) {
          case "admin" -> ADMIN;
          case "frederiksberg" -> FREDERIKSBERG;
          default -> null;
        };
    HttpResponse<byte[]> get = server.getBytes(path, token);
    HttpResponse<byte[]> head = server.sendBytes(head(path, token));

    assertEquals(get.statusCode(), head.statusCode(), "status");
    assertEquals(
        get.headers().firstValue("Content-Type"),
        head.headers().firstValue("Content-Type"),
        "Content-Type");
    assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"), "ETag");
    assertEquals(0, head.body().length);
  }

  @Test
  void head_of_a_report_without_a_token_is_401_not_200() {
    HttpResponse<byte[]> head = server.sendBytes(head("/reports/benchmark/999.pdf", null));

    assertEquals(401, head.statusCode());
    assertEquals(
        "Bearer realm=\"socialbench\"",
        head.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  @Test
  void head_of_a_pdf_gives_its_length_without_sending_it() {
    HttpResponse<byte[]> get = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
    HttpResponse<byte[]> head = server.sendBytes(head("/reports/benchmark/147.pdf", ADMIN));

    assertEquals(
        Long.toString(get.body().length),
        head.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(0, head.body().length);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "DELETE, /reports/benchmark/147.pdf, 'GET, HEAD'",
    "PUT, /api/v1/datasets/goal_type, 'GET, HEAD'",
    "POST, /health, 'GET, HEAD'",
    "OPTIONS, /metrics, 'GET, HEAD'",
    "TRACE, /, 'GET, HEAD'",
    "GET, /login, POST",
    "PATCH, /logout, POST",
    "BREW, /api/v1/catalogue, 'GET, HEAD'"
  })
  void other_methods_get_405_with_allow_and_a_json_error(String method, String path, String allow) {
    HttpResponse<String> r =
        server.send(
            server
                .request(path, ADMIN)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());

    assertEquals(405, r.statusCode(), r.body());
    assertEquals(allow, r.headers().firstValue("Allow").orElseThrow());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals(
        "{\"error\":\"Metoden "
            + method
            + " kan ikke bruges på adressen "
            + path
            + "; brug "
            + allow
            + ".\",\"status\":405,\"allow\":\""
            + allow
            + "\"}",
        r.body());
  }

  @Test
  void another_method_on_an_unknown_address_is_404() {
    HttpResponse<String> r =
        server.send(
            server
                .request("/nowhere", ADMIN)
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());

    assertEquals(404, r.statusCode());
  }

  @Test
  void made_up_methods_are_counted_as_other_on_metrics() {
    for (String method : new String[] {"BREW", "FROBNICATE"}) {
      server.send(
          server
              .request("/health", null)
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build());
    }

    String metrics = server.get("/metrics", null).body();

    assertTrue(metrics.contains("method=\"other\",route=\"unmatched\",status=\"405\"}"), metrics);
    assertTrue(!metrics.contains("BREW") && !metrics.contains("FROBNICATE"), metrics);
  }

  private static HttpRequest head(String path, String token) {
    return server.request(path, token).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
  }
}
