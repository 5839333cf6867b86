package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.access.Principal;
import dk.socialbench.server.fixtures.ServerRoutes;
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

/**
 * Every answer is for one token, so none may be stored, sniffed or framed: every route (the page,
 * every report in every format, uncached and then cached, every dataset, the summaries, the
 * catalogue, the run, /health, /metrics, login, logout) and the errors (401, 403, 404, 405), with
 * and without a token.
 */
class SecurityHeadersTest {
  static final String RUN = "20261124-101500-ab12";
  static final List<String> MUNICIPALITIES = List.of("147", "157");

  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.servingRun(work, RUN, MUNICIPALITIES.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void every_route_and_every_error_is_neither_stored_nor_sniffed_nor_framed() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String user : new String[] {"admin", "frederiksberg", "anonymous"}) {
      String token =
          switch (user) {
            case "admin" -> ADMIN;
            case "frederiksberg" -> FREDERIKSBERG;
            default -> null;
          };
      Principal who =
          switch (user) {
            case "admin" -> Principal.admin();
            case "frederiksberg" -> Principal.ofMunicipality("147");
            default -> null;
          };
      List<String> paths = new ArrayList<>();
      for (ServerRoutes.Route route : ServerRoutes.of(MUNICIPALITIES).forPrincipal(who)) {
        paths.add(route.path());
      }
      // Asked twice: the first rendering answers from its future, the second from the cache.
      paths.addAll(
          List.of(
              "/reports/benchmark/147.pdf",
              "/reports/benchmark/147.pdf?compare=157",
              "/reports/benchmark/147.pdf?compare=157",
              "/api/v1/summary/147",
              "/api/v1/summary/157",
              "/api/v1/summary/147?compare=157",
              "/nowhere"));
      for (String path : paths) {
        for (String method : new String[] {"GET", "HEAD"}) {
          failures.addAll(missing(method + " " + path + " as " + user, send(method, path, token)));
          checked++;
        }
      }
      failures.addAll(
          missing(
              "DELETE /api/v1/catalogue as " + user, send("DELETE", "/api/v1/catalogue", token)));
      checked++;
    }
    failures.addAll(missing("POST /login, wrong token", logIn("not-a-token-of-anyone-at-all")));
    failures.addAll(missing("POST /login", logIn(ADMIN)));
    String cookie = TestServer.sessionCookie(logIn(ADMIN));
    failures.addAll(
        missing(
            "POST /logout",
            server.post("/logout", "", "Cookie", cookie, "Origin", server.origin())));

    assertTrue(checked > 500, "routes checked: " + checked);
    assertEquals(List.of(), failures);
  }

  /**
   * A request Jetty refuses before any route (bytes that are no UTF-8, an illegal character in the
   * path, a NUL) gets the same headers and a JSON error that does not echo the address: Jetty's own
   * page echoed it, without the headers (issue 12, red team, fifteenth session).
   */
  @Test
  void a_request_refused_before_routing_gets_the_headers_and_echoes_nothing() {
    List<String> failures = new ArrayList<>();
    for (String path : List.of("/%FF%FEsecret", "/147%00secret", "/api/v1/datasets/%C0%AEsecret")) {
      HttpResponse<byte[]> r = send("GET", path, FREDERIKSBERG);
      String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
      failures.addAll(missing("GET " + path, r));
      if (r.statusCode() != 400
          || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
          || body.contains("secret")
          || !body.contains("\"status\":400")) {
        failures.add(path + ": " + r.statusCode() + " " + r.headers().map() + " " + body);
      }
    }
    // A header too large for Jetty's parser: refused before the request is even read.
    HttpResponse<byte[]> big =
        server.sendBytes(
            server
                .request("/api/v1/catalogue", FREDERIKSBERG)
                .header("X-Big", "x".repeat(20_000))
                .build());
    failures.addAll(missing("GET with a 20,000-character header", big));
    assertEquals(431, big.statusCode());
    assertEquals(List.of(), failures);
  }

  @Test
  void the_page_keeps_its_own_policy_which_forbids_framing_too() {
    HttpResponse<String> page = server.get("/", null);

    assertEquals(
        List.of(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'"),
        page.headers().allValues("Content-Security-Policy"));
  }

  @Test
  void a_download_keeps_its_etag_for_scripts_that_ask_again() {
    HttpResponse<byte[]> first = server.getBytes("/reports/national/all.pdf", ADMIN);
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> again =
        server.sendBytes(
            server
                .request("/reports/national/all.pdf", ADMIN)
                .header("If-None-Match", etag)
                .build());

    assertEquals(304, again.statusCode());
    assertEquals(List.of("no-store"), again.headers().allValues("Cache-Control"));
  }

  private static HttpResponse<byte[]> send(String method, String path, String token) {
    return server.sendBytes(
        server.request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  private static HttpResponse<String> logIn(String token) {
    return server.post("/login", TestServer.form(token), "Origin", server.origin());
  }

  /** What is wrong with {@code r}'s headers, one line each; none when all are right. */
  private static List<String> missing(String where, HttpResponse<?> r) {
    List<String> wrong = new ArrayList<>();
    expect(wrong, where, r, "Cache-Control", "no-store");
    expect(wrong, where, r, "X-Content-Type-Options", "nosniff");
    expect(wrong, where, r, "X-Frame-Options", "DENY");
    expect(wrong, where, r, "Referrer-Policy", "same-origin");
    List<String> policy = r.headers().allValues("Content-Security-Policy");
    if (policy.size() != 1 || !policy.get(0).contains("frame-ancestors 'none'")) {
      wrong.add(where + " (" + r.statusCode() + "): Content-Security-Policy " + policy);
    }
    return wrong;
  }

  private static void expect(
      List<String> wrong, String where, HttpResponse<?> r, String header, String value) {
    List<String> values = r.headers().allValues(header);
    if (!values.equals(List.of(value))) {
      wrong.add(where + " (" + r.statusCode() + "): " + header + " " + values);
    }
  }
}
