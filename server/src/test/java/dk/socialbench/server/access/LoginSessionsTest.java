package dk.socialbench.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import dk.socialbench.server.http.RetryLater;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginSessionsTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

  @Test
  void ten_thousand_and_fifty_logins_never_evict_the_admins_live_session() {
    LoginSessions sessions =
        new LoginSessions(
            clock,
            LoginSessions.MAX_SESSIONS,
            LoginSessions.MAX_PER_PRINCIPAL,
            LoginSessions.MAX_PER_CLIENT);
    String admin = sessions.open(Principal.admin(), "10.9.9.9");
    List<String> codes = Municipalities.danish().all().stream().map(Municipality::code).toList();
    int refused = 0;

    for (int i = 1; i < 10_050; i++) {
      // 98 municipalities, at most 500 sessions each; 100 sessions per address
      Principal who = Principal.ofMunicipality(codes.get(i % codes.size()));
      String client = "10.0." + (i / 100) + "." + (i % 100);
      try {
        sessions.open(who, client);
      } catch (RetryLater e) {
        assertEquals(503, e.getStatus());
        refused++;
      }
    }

    assertEquals(Optional.of(Principal.admin()), sessions.find(admin));
    assertEquals(10_000, sessions.size());
    assertEquals(50, refused); // 10,050 logins, 10,000 places
  }

  @Test
  void a_role_past_its_bound_is_refused_with_429_while_others_log_in() {
    LoginSessions sessions = new LoginSessions(clock, 10, 2, 10);
    Principal frederiksberg = Principal.ofMunicipality("147");
    String first = sessions.open(frederiksberg, "10.0.0.1");
    sessions.open(frederiksberg, "10.0.0.2");

    RetryLater refused =
        assertThrows(RetryLater.class, () -> sessions.open(frederiksberg, "10.0.0.3"));

    assertEquals(429, refused.getStatus());
    assertTrue(refused.getMessage().startsWith("Der er allerede 2 åbne sessioner med denne"));
    assertEquals(Optional.of(frederiksberg), sessions.find(first));
    sessions.open(Principal.ofMunicipality("157"), "10.0.0.3");
  }

  @Test
  void an_address_past_its_bound_is_refused_with_429_while_others_log_in() {
    LoginSessions sessions = new LoginSessions(clock, 10, 10, 2);
    sessions.open(Principal.admin(), "10.0.0.1");
    sessions.open(Principal.ofMunicipality("147"), "10.0.0.1");

    RetryLater refused =
        assertThrows(
            RetryLater.class, () -> sessions.open(Principal.ofMunicipality("157"), "10.0.0.1"));

    assertEquals(429, refused.getStatus());
    assertTrue(refused.getMessage().contains("åbne sessioner fra din adresse"));
    sessions.open(Principal.ofMunicipality("157"), "10.0.0.2");
  }

  @Test
  void retry_after_is_when_the_oldest_session_in_the_way_ends() {
    LoginSessions sessions = new LoginSessions(clock, 10, 2, 10);
    Principal frederiksberg = Principal.ofMunicipality("147");
    sessions.open(frederiksberg, "10.0.0.1"); // at 08:00, ends 18:00
    clock.advance(Duration.ofHours(1));
    sessions.open(frederiksberg, "10.0.0.2"); // at 09:00, ends 19:00

    RetryLater refused =
        assertThrows(RetryLater.class, () -> sessions.open(frederiksberg, "10.0.0.3"));

    assertEquals(9 * 3600, refused.retryAfterSeconds()); // 09:00 to 18:00
  }

  @Test
  void expired_and_closed_sessions_make_room() {
    LoginSessions sessions = new LoginSessions(clock, 2, 2, 2);
    String first = sessions.open(Principal.admin(), "10.0.0.1");
    sessions.open(Principal.admin(), "10.0.0.1");
    assertThrows(RetryLater.class, () -> sessions.open(Principal.admin(), "10.0.0.1"));

    sessions.close(first);
    String third = sessions.open(Principal.admin(), "10.0.0.1");
    clock.advance(LoginSessions.LIFETIME.plusSeconds(1));
    sessions.open(Principal.admin(), "10.0.0.1");
    sessions.open(Principal.admin(), "10.0.0.1");

    assertEquals(Optional.empty(), sessions.find(third));
    assertEquals(2, sessions.size());
  }
}
