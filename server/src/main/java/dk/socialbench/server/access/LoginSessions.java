package dk.socialbench.server.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions of people who logged in on the page with a token. Held in memory (a restart logs
 * everyone out), each valid for {@link #LIFETIME}, at most {@link #MAX_SESSIONS} at a time (the
 * oldest goes first), so that no number of logins can exhaust the heap.
 */
public final class LoginSessions {
  public static final Duration LIFETIME = Duration.ofHours(10);
  static final int MAX_SESSIONS = 10_000;

  private record Session(Principal principal, Instant expires) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Map<String, Session> byId =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
          return size() > MAX_SESSIONS;
        }
      };

  public LoginSessions() {
    this(Clock.systemUTC());
  }

  LoginSessions(Clock clock) {
    this.clock = clock;
  }

  /** Opens a session for {@code principal} and returns its id, the cookie's value. */
  public synchronized String open(Principal principal) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byId.put(id, new Session(principal, clock.instant().plus(LIFETIME)));
    return id;
  }

  /** The principal of a live session, or empty for an unknown or expired id. */
  public synchronized Optional<Principal> find(String id) {
    Session session = id == null ? null : byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(session.expires())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(session.principal());
  }

  public synchronized void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }
}
