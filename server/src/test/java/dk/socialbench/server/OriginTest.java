package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import dk.socialbench.server.http.ReverseProxy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Login and logout only from the server's own page; the session cookie Secure behind TLS. */
class OriginTest {
  static final String FOREIGN =
      "Anmodningen kom fra en anden side end socialbench' egen og er afvist";

  @TempDir Path work;
  TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example", "null", "http://127.0.0.1:1", "::"})
  void a_login_from_another_origin_is_refused(String origin) {
    start(ReverseProxy.none());

    HttpResponse<String> r = server.post("/login", TestServer.form(ADMIN), "Origin", origin);

    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains(FOREIGN), r.body());
    assertTrue(r.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void without_origin_the_referer_decides() {
    start(ReverseProxy.none());

    HttpResponse<String> own =
        server.post("/login", TestServer.form(ADMIN), "Referer", server.origin() + "/?x=1");
    HttpResponse<String> foreign =
        server.post("/login", TestServer.form(ADMIN), "Referer", "https://evil.example/login");

    assertEquals(303, own.statusCode());
    assertEquals(403, foreign.statusCode());
    assertTrue(foreign.body().contains(FOREIGN), foreign.body());
  }

  @Test
  void a_login_with_neither_origin_nor_referer_is_refused() {
    start(ReverseProxy.none());

    HttpResponse<String> r = server.post("/login", TestServer.form(ADMIN));

    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("hverken Origin- eller Referer-header"), r.body());
  }

  @Test
  void a_logout_from_another_origin_is_refused_and_the_session_stays() {
    start(ReverseProxy.none());
    String cookie = TestServer.sessionCookie(server.logIn(FREDERIKSBERG));

    HttpResponse<String> r =
        server.post("/logout", "", "Cookie", cookie, "Origin", "https://evil.example");

    assertEquals(403, r.statusCode());
    assertEquals(200, withCookie("/reports/benchmark/147.pdf", cookie));
  }

  @Test
  void the_page_sends_its_origin_with_the_login_form() {
    start(ReverseProxy.none());

    // with no-referrer a browser would post the form with "Origin: null"
    assertEquals(
        "same-origin", server.get("/", null).headers().firstValue("Referrer-Policy").orElseThrow());
  }

  @Test
  void over_plain_http_the_cookie_is_not_secure_whatever_a_client_claims() {
    start(ReverseProxy.none());

    HttpResponse<String> r =
        server.post(
            "/login",
            TestServer.form(ADMIN),
            "Origin",
            server.origin(),
            "X-Forwarded-Proto",
            "https");

    assertEquals(303, r.statusCode());
    assertFalse(r.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));
  }

  @Test
  void behind_an_https_public_url_the_cookie_is_secure_and_only_that_origin_may_log_in() {
    start(new ReverseProxy(URI.create("https://sep.kommune.dk"), List.of()));

    HttpResponse<String> ok =
        server.post("/login", TestServer.form(ADMIN), "Origin", "https://sep.kommune.dk");
    HttpResponse<String> local =
        server.post("/login", TestServer.form(ADMIN), "Origin", server.origin());
    HttpResponse<String> logout =
        server.post(
            "/logout",
            "",
            "Cookie",
            TestServer.sessionCookie(ok),
            "Origin",
            "https://sep.kommune.dk:443");

    assertEquals(303, ok.statusCode());
    assertTrue(ok.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
    assertEquals(403, local.statusCode());
    assertEquals(303, logout.statusCode());
    assertTrue(logout.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
  }

  @Test
  void a_trusted_proxy_saying_https_makes_the_cookie_secure() {
    start(new ReverseProxy(null, List.of("127.0.0.1")));
    String httpsOrigin = server.origin().replace("http://", "https://");

    HttpResponse<String> r =
        server.post(
            "/login", TestServer.form(ADMIN), "Origin", httpsOrigin, "X-Forwarded-Proto", "https");

    assertEquals(303, r.statusCode());
    assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
  }

  private void start(ReverseProxy proxy) {
    RunFixture.run(work, "20261124-101500-ab12").write().publish();
    server = TestServer.start(work, s -> s.withProxy(proxy));
  }

  private int withCookie(String path, String cookie) {
    return server.send(server.request(path, null).header("Cookie", cookie).build()).statusCode();
  }
}
