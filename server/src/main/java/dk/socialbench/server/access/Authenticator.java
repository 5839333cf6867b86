package dk.socialbench.server.access;

import dk.socialbench.server.http.RetryLater;
import dk.socialbench.server.http.ReverseProxy;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.router.Endpoint;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds who a request acts for: a token in {@code Authorization: Bearer <token>} (scripts), or the
 * session cookie set by the login form on the page (people). The cookie is HttpOnly and
 * SameSite=Strict, so page scripts cannot read it and other sites cannot send it, and Secure when
 * the user reaches the server over TLS ({@link ReverseProxy#isHttps}). Wrong tokens are counted and
 * limited by {@link LoginAttempts}.
 */
public final class Authenticator {
  public static final String SESSION_COOKIE = "socialbench_session";
  private static final String BEARER = "Bearer ";

  private final AccessTokens tokens;
  private final LoginSessions sessions;
  private final LoginAttempts attempts;
  private final ReverseProxy proxy;

  public Authenticator(
      AccessTokens tokens, LoginSessions sessions, LoginAttempts attempts, ReverseProxy proxy) {
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    this.sessions = Objects.requireNonNull(sessions, "sessions == null");
    this.attempts = Objects.requireNonNull(attempts, "attempts == null");
    this.proxy = Objects.requireNonNull(proxy, "proxy == null");
  }

  /**
   * The principal of the request, or empty when it carries neither token nor live session.
   *
   * @throws UnauthorizedResponse when it carries a bearer token the server does not know
   * @throws RetryLater 429 when its address or token prefix sent too many wrong tokens
   */
  public Optional<Principal> identify(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String token = header.substring(BEARER.length()).trim();
      String client = proxy.clientAddress(ctx);
      attempts.check(client, token);
      Optional<Principal> principal = tokens.resolve(token);
      if (principal.isEmpty()) {
        attempts.failed(route(ctx), client, token);
        throw new UnauthorizedResponse("Adgangsnøglen i Authorization-headeren er ukendt.");
      }
      return principal;
    }
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** The principal of the request; 401 when there is none. */
  public Principal require(Context ctx) {
    return identify(ctx)
        .orElseThrow(
            () ->
                new UnauthorizedResponse(
                    "Log ind først: send 'Authorization: Bearer <adgangsnøgle>' eller log ind på"
                        + " forsiden."));
  }

  /**
   * Logs in with {@code token} from the form, replacing the request's own earlier session; false
   * when the token is unknown.
   *
   * @throws RetryLater 429 after too many wrong tokens, or when a bound of {@link LoginSessions} is
   *     reached (429, or 503 for the whole server)
   */
  public boolean logIn(Context ctx, String token) {
    String presented = token == null ? "" : token.trim();
    String client = proxy.clientAddress(ctx);
    attempts.check(client, presented);
    Optional<Principal> principal = tokens.resolve(presented);
    if (principal.isEmpty()) {
      attempts.failed(route(ctx), client, presented);
      return false;
    }
    sessions.close(ctx.cookie(SESSION_COOKIE));
    String id = sessions.open(principal.get(), client);
    ctx.cookie(sessionCookie(ctx, id, (int) LoginSessions.LIFETIME.toSeconds()));
    return true;
  }

  public void logOut(Context ctx) {
    sessions.close(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(sessionCookie(ctx, "", 0));
  }

  private Cookie sessionCookie(Context ctx, String value, int maxAge) {
    return new Cookie(
        SESSION_COOKIE, value, "/", maxAge, proxy.isHttps(ctx), true, null, SameSite.STRICT);
  }

  /** The route's pattern, such as {@code GET /reports/{report}/{file}}: never the raw path. */
  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return ctx.method().name() + " " + (endpoint == null ? "(unmatched)" : endpoint.path);
  }
}
