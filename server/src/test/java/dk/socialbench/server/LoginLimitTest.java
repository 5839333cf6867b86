package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.access.TokenFile;
import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import dk.socialbench.server.http.ReverseProxy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong tokens are limited per client address (20 at once, then one per 30 s) and per token prefix
 * (10 at once, then one per 60 s); logins never push out a live session.
 */
class LoginLimitTest {
  static final String API = "/api/v1/catalogue";

  @TempDir Path work;
  TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void after_twenty_wrong_tokens_an_address_gets_429_with_retry_after_even_for_a_right_token() {
    start(ReverseProxy.none());
    for (int i = 0; i < 20; i++) {
      assertEquals(401, server.get(API, wrongToken(i)).statusCode(), "wrong token " + i);
    }

    HttpResponse<String> wrong = server.get(API, wrongToken(20));
    HttpResponse<String> right = server.get(API, ADMIN);

    assertEquals(429, wrong.statusCode());
    long retryAfter = Long.parseLong(wrong.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
    assertTrue(
        wrong.body().contains("For mange forsøg med forkerte adgangsnøgler. Vent "), wrong.body());
    // answering a right token now would tell a guesser which guess was right
    assertEquals(429, right.statusCode());
  }

  @Test
  void right_tokens_never_count_against_the_limit() {
    start(ReverseProxy.none());
    for (int i = 0; i < 50; i++) {
      assertEquals(200, server.get(API, ADMIN).statusCode());
    }
    for (int i = 0; i < 20; i++) {
      assertEquals(401, server.get(API, wrongToken(i)).statusCode(), "wrong token " + i);
    }

    assertEquals(429, server.get(API, wrongToken(20)).statusCode());
  }

  @Test
  void a_blocked_address_does_not_block_another_behind_a_trusted_proxy() {
    start(new ReverseProxy(null, List.of("127.0.0.1")));
    for (int i = 0; i < 21; i++) {
      server.send(from("10.0.0.1", wrongToken(i)));
    }

    assertEquals(429, server.send(from("10.0.0.1", ADMIN)).statusCode());
    assertEquals(200, server.send(from("10.0.0.2", ADMIN)).statusCode());
  }

  @Test
  void x_forwarded_for_from_an_address_that_is_not_a_trusted_proxy_is_ignored() {
    start(ReverseProxy.none());
    for (int i = 0; i < 20; i++) {
      server.send(from("10.0.0." + i, wrongToken(i)));
    }

    assertEquals(429, server.send(from("10.0.0.99", ADMIN)).statusCode());
  }

  @Test
  void wrong_tokens_sharing_a_prefix_are_limited_across_addresses() {
    start(new ReverseProxy(null, List.of("127.0.0.1")));
    for (int i = 0; i < 10; i++) {
      assertEquals(401, server.send(from("10.1.0." + i, "Zq7k-guess-" + i)).statusCode());
    }

    assertEquals(429, server.send(from("10.1.0.99", "Zq7k-guess-99")).statusCode());
    assertEquals(401, server.send(from("10.1.0.99", "Ab3x-guess-99")).statusCode());
  }

  @Test
  void the_login_form_is_limited_too_and_shows_the_form_with_when_to_try_again() {
    start(ReverseProxy.none());
    for (int i = 0; i < 20; i++) {
      assertEquals(401, server.logIn(wrongToken(i)).statusCode(), "wrong token " + i);
    }

    HttpResponse<String> limited = server.logIn(FREDERIKSBERG);

    assertEquals(429, limited.statusCode());
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertTrue(limited.body().contains("For mange forsøg med forkerte adgangsnøgler"));
    assertTrue(limited.body().contains("<form method=\"post\" action=\"/login\">"));
    assertTrue(limited.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void each_failure_is_logged_with_route_and_address_never_the_token() {
    start(new ReverseProxy(null, List.of("127.0.0.1")));
    String bearer = "Kq9Wx-secret-guess-000001";
    String form = "Lm4Pz-secret-guess-000002";
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.send(server.request("/api/v1/datasets/goal_type", bearer).build());
      server.post(
          "/login",
          TestServer.form(form),
          "Origin",
          server.origin(),
          "X-Forwarded-For",
          "192.0.2.44");
    } finally {
      System.setErr(stderr);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertTrue(log.contains("wrong access token: GET /api/v1/datasets/{name} from 127.0.0.1"), log);
    assertTrue(log.contains("wrong access token: POST /login from 192.0.2.44"), log);
    for (String token : new String[] {bearer, form}) {
      assertFalse(log.contains(token.substring(0, 4)), log);
      assertFalse(log.contains("secret-guess"), log);
      assertFalse(log.contains(TokenFile.hash(token).substring(7, 19)), log);
    }
  }

  @Test
  void reaching_the_limit_is_logged_once_with_the_address() {
    start(ReverseProxy.none());
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 25; i++) {
        server.get(API, wrongToken(i));
      }
    } finally {
      System.setErr(stderr);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    // 20 wrong tokens are checked and logged; the 5 after them are refused unchecked
    assertEquals(
        20,
        log.split("wrong access token: GET /api/v1/catalogue from 127.0.0.1", -1).length - 1,
        log);
    assertEquals(1, log.split("127.0.0.1 reached the limit of wrong tokens", -1).length - 1, log);
  }

  @Test
  void logins_past_the_bound_per_address_are_refused_and_no_live_session_is_evicted() {
    start(ReverseProxy.none());
    String admin = TestServer.sessionCookie(server.logIn(ADMIN));
    String firstFrederiksberg = TestServer.sessionCookie(server.logIn(FREDERIKSBERG));
    int opened = 2;
    int refused = 0;

    for (int i = 0; i < 150; i++) {
      int status = server.logIn(FREDERIKSBERG).statusCode();
      if (status == 303) {
        opened++;
      } else {
        assertEquals(429, status);
        refused++;
      }
    }

    assertEquals(100, opened); // MAX_PER_CLIENT
    assertEquals(52, refused); // 2 + 150 logins, 100 places
    assertEquals(200, withCookie("/reports/national/all.pdf", admin));
    assertEquals(200, withCookie("/reports/benchmark/147.pdf", firstFrederiksberg));
  }

  @Test
  void logins_past_the_bound_per_role_are_refused_and_no_live_session_is_evicted() {
    start(new ReverseProxy(null, List.of("127.0.0.1")));
    String admin = TestServer.sessionCookie(server.logIn(ADMIN));
    int opened = 0;
    HttpResponse<String> last = null;

    for (int i = 0; i < 501; i++) {
      last =
          server.post(
              "/login",
              TestServer.form(FREDERIKSBERG),
              "Origin",
              server.origin(),
              "X-Forwarded-For",
              "10.2." + (i / 200) + "." + (i % 200));
      opened += last.statusCode() == 303 ? 1 : 0;
    }

    assertEquals(500, opened); // MAX_PER_PRINCIPAL
    assertEquals(429, last.statusCode());
    assertTrue(last.body().contains("Der er allerede 500 åbne sessioner med denne adgangsnøgle"));
    assertEquals(200, withCookie("/reports/national/all.pdf", admin));
  }

  private void start(ReverseProxy proxy) {
    RunFixture.run(work, "20261124-101500-ab12").write().publish();
    server = TestServer.start(work, s -> s.withProxy(proxy));
  }

  /** Wrong tokens with a different prefix each, so that only the address limit applies. */
  private static String wrongToken(int i) {
    return String.format("w%03d-not-a-token", i);
  }

  private java.net.http.HttpRequest from(String address, String token) {
    return server.request(API, token).header("X-Forwarded-For", address).build();
  }

  private int withCookie(String path, String cookie) {
    return server.send(server.request(path, null).header("Cookie", cookie).build()).statusCode();
  }
}
