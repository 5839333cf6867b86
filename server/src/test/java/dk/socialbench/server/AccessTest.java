package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTest {
  @TempDir Path work;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.servingRun(work, "20261124-101500-ab12", "147", "157");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/reports/benchmark/157.pdf",
        "/reports/data-quality/157.xlsx",
        "/reports/data-quality/all.csv",
        "/api/v1/datasets/goal_type?municipality=157"
      })
  void admin_sees_every_municipality(String path) {
    assertEquals(200, server.get(path, ADMIN).statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/reports/benchmark/147.pdf",
        "/reports/data-quality/147.csv",
        "/reports/national/all.pdf",
        "/api/v1/datasets/goal_type?municipality=147",
        "/api/v1/datasets/goal_type?municipality=all"
      })
  void municipality_user_gets_own_reports_own_data_and_the_national_report(String path) {
    assertEquals(200, server.get(path, FREDERIKSBERG).statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/reports/benchmark/157.pdf",
        "/reports/data-quality/157.pdf",
        "/reports/data-quality/all.pdf",
        "/api/v1/datasets/goal_type?municipality=157",
        "/api/v1/datasets/quarantine_summary?municipality=all",
        "/api/v1/datasets/rejected_rows?municipality=157",
        "/api/v1/datasets/rejected_rows?municipality=all"
      })
  void municipality_user_gets_403_for_another_municipality(String path) {
    HttpResponse<String> r = server.get(path, FREDERIKSBERG);

    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("Frederiksberg Kommune og har ikke adgang"), r.body());
  }

  @Test
  void municipality_user_without_a_filter_gets_only_own_and_national_rows() {
    String body = server.get("/api/v1/datasets/goal_type", FREDERIKSBERG).body();

    assertTrue(body.contains("\"municipality_code\":\"147\""), body);
    assertTrue(body.contains("\"municipality_code\":\"all\""), body);
    assertFalse(body.contains("\"municipality_code\":\"157\""), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quarantine_summary", "rejected_rows"})
  void data_quality_rows_go_only_to_their_own_municipality_never_national(String dataset) {
    String own = server.get("/api/v1/datasets/" + dataset, FREDERIKSBERG).body();
    String admin = server.get("/api/v1/datasets/" + dataset, TestServer.ADMIN).body();

    assertTrue(own.contains("\"municipality_code\":\"147\""), own);
    assertFalse(own.contains("\"municipality_code\":\"all\""), own);
    assertFalse(own.contains("\"municipality_code\":\"157\""), own);
    assertTrue(admin.contains("\"municipality_code\":\"157\""), admin);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/reports/national/all.pdf",
        "/api/v1/catalogue",
        "/api/v1/runs/current",
        "/api/v1/datasets/goal_type"
      })
  void no_token_gets_401_with_how_to_log_in(String path) {
    HttpResponse<String> r = server.get(path, null);

    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("Log ind først"), r.body());
    assertEquals(
        "Bearer realm=\"socialbench\"", r.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  @Test
  void an_unknown_bearer_token_gets_401() {
    HttpResponse<String> r = server.get("/reports/national/all.pdf", "not-a-token");

    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("Adgangsnøglen i Authorization-headeren er ukendt"), r.body());
  }

  @Test
  void login_form_sets_an_httponly_samesite_session_cookie_that_opens_the_reports() {
    HttpResponse<String> login = logIn(FREDERIKSBERG);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    HttpResponse<String> own = withCookie("/reports/benchmark/147.pdf", cookie);
    HttpResponse<String> other = withCookie("/reports/benchmark/157.pdf", cookie);
    HttpResponse<String> page = withCookie("/", cookie);

    assertEquals(303, login.statusCode());
    assertEquals("/", login.headers().firstValue("Location").orElseThrow());
    assertTrue(setCookie.startsWith("socialbench_session="), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertEquals(200, own.statusCode());
    assertEquals(403, other.statusCode());
    assertTrue(page.body().contains("Logget ind som Frederiksberg Kommune"), page.body());
  }

  @Test
  void a_wrong_token_in_the_login_form_gets_401_and_the_form_again() {
    HttpResponse<String> login = logIn("wrong-token");

    assertEquals(401, login.statusCode());
    assertTrue(login.body().contains("Adgangsnøglen blev ikke genkendt"), login.body());
    assertTrue(login.body().contains("<form method=\"post\" action=\"/login\">"), login.body());
    assertTrue(login.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void logging_out_ends_the_session() {
    String setCookie = logIn(ADMIN).headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    server.post("/logout", "", "Cookie", cookie, "Origin", server.origin());

    assertEquals(401, withCookie("/reports/national/all.pdf", cookie).statusCode());
  }

  private HttpResponse<String> logIn(String token) {
    return server.logIn(token);
  }

  private HttpResponse<String> withCookie(String path, String cookie) {
    return server.send(server.request(path, null).header("Cookie", cookie).GET().build());
  }
}
