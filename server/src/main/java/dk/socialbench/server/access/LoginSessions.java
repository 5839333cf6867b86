package dk.socialbench.server.access;

import dk.socialbench.server.http.RetryLater;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sessions of people who logged in on the page with a token. Held in memory (a restart logs
 * everyone out), each valid for {@link #LIFETIME}. Bounded three ways, so that no number of logins
 * can exhaust the heap and none pushes out another user: at most {@link #MAX_PER_PRINCIPAL} live
 * sessions per token's role, {@link #MAX_PER_CLIENT} per client address and {@link #MAX_SESSIONS}
 * in all. A login past a bound is refused (429 for the role or address, 503 for the whole server)
 * until a session ends; a live session is never evicted.
 */
public final class LoginSessions {
  public static final Duration LIFETIME = Duration.ofHours(10);
  public static final int MAX_SESSIONS = 10_000;
  public static final int MAX_PER_PRINCIPAL = 500;
  public static final int MAX_PER_CLIENT = 100;

  private record Session(Principal principal, String client, Instant expires) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final int maxSessions;
  private final int maxPerPrincipal;
  private final int maxPerClient;

  /** In order of opening, which with one lifetime for all is the order of expiry. */
  private final LinkedHashMap<String, Session> byId = new LinkedHashMap<>();

  private final Map<Principal, Integer> perPrincipal = new HashMap<>();
  private final Map<String, Integer> perClient = new HashMap<>();

  public LoginSessions() {
    this(Clock.systemUTC(), MAX_SESSIONS, MAX_PER_PRINCIPAL, MAX_PER_CLIENT);
  }

  LoginSessions(Clock clock, int maxSessions, int maxPerPrincipal, int maxPerClient) {
    this.clock = clock;
    this.maxSessions = maxSessions;
    this.maxPerPrincipal = maxPerPrincipal;
    this.maxPerClient = maxPerClient;
  }

  /**
   * Opens a session for {@code principal} logging in from {@code client} and returns its id, the
   * cookie's value.
   *
   * @throws RetryLater when a bound is reached: 429 for the role or the address, 503 for all
   */
  public synchronized String open(Principal principal, String client) {
    dropExpired();
    if (perPrincipal.getOrDefault(principal, 0) >= maxPerPrincipal) {
      throw RetryLater.tooManyRequests(
          "Der er allerede "
              + maxPerPrincipal
              + " åbne sessioner med denne adgangsnøgle. Log ud i de browsere, du ikke bruger, eller"
              + " prøv igen senere.",
          untilOldestEnds(s -> s.principal().equals(principal)));
    }
    if (perClient.getOrDefault(client, 0) >= maxPerClient) {
      throw RetryLater.tooManyRequests(
          "Der er allerede "
              + maxPerClient
              + " åbne sessioner fra din adresse. Log ud i de browsere, du ikke bruger, eller prøv"
              + " igen senere.",
          untilOldestEnds(s -> s.client().equals(client)));
    }
    if (byId.size() >= maxSessions) {
      throw RetryLater.unavailable(
          "Serveren har nået det største antal samtidige sessioner. Prøv igen senere, eller send"
              + " adgangsnøglen i Authorization-headeren.",
          untilOldestEnds(s -> true));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byId.put(id, new Session(principal, client, clock.instant().plus(LIFETIME)));
    perPrincipal.merge(principal, 1, Integer::sum);
    perClient.merge(client, 1, Integer::sum);
    return id;
  }

  /** The principal of a live session, or empty for an unknown or expired id. */
  public synchronized Optional<Principal> find(String id) {
    Session session = id == null ? null : byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(session.expires())) {
      remove(id);
      return Optional.empty();
    }
    return Optional.of(session.principal());
  }

  public synchronized void close(String id) {
    if (id != null) {
      remove(id);
    }
  }

  /** Sessions held now, expired ones not yet dropped included. */
  public synchronized int size() {
    return byId.size();
  }

  private void remove(String id) {
    Session s = byId.remove(id);
    if (s != null) {
      perPrincipal.computeIfPresent(s.principal(), (k, n) -> n == 1 ? null : n - 1);
      perClient.computeIfPresent(s.client(), (k, n) -> n == 1 ? null : n - 1);
    }
  }

  private void dropExpired() {
    Instant now = clock.instant();
    while (!byId.isEmpty()) {
      Map.Entry<String, Session> oldest = byId.entrySet().iterator().next();
      if (!now.isAfter(oldest.getValue().expires())) {
        return;
      }
      remove(oldest.getKey());
    }
  }

  private Duration untilOldestEnds(Predicate<Session> which) {
    Instant now = clock.instant();
    return byId.values().stream()
        .filter(which)
        .findFirst()
        .map(s -> Duration.between(now, s.expires()))
        .orElse(Duration.ofMinutes(1));
  }
}
