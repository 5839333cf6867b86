package dk.socialbench.server.access;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds who a request acts for: a token in {@code Authorization: Bearer <token>} (scripts), or the
 * session cookie set by the login form on the page (people). The cookie is HttpOnly and
 * SameSite=Strict, so page scripts cannot read it and other sites cannot send it.
 */
public final class Authenticator {
  public static final String SESSION_COOKIE = "socialbench_session";
  private static final String BEARER = "Bearer ";

  private final AccessTokens tokens;
  private final LoginSessions sessions;

  public Authenticator(AccessTokens tokens, LoginSessions sessions) {
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    this.sessions = Objects.requireNonNull(sessions, "sessions == null");
  }

  /**
   * The principal of the request, or empty when it carries neither token nor live session.
   *
   * @throws UnauthorizedResponse when it carries a bearer token the server does not know
   */
  public Optional<Principal> identify(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String token = header.substring(BEARER.length()).trim();
      return Optional.of(
          tokens
              .resolve(token)
              .orElseThrow(
                  () ->
                      new UnauthorizedResponse(
                          "Adgangsnøglen i Authorization-headeren er ukendt.")));
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

  /** Logs in with {@code token} from the form; false when the token is unknown. */
  public boolean logIn(Context ctx, String token) {
    Optional<Principal> principal = tokens.resolve(token == null ? null : token.trim());
    if (principal.isEmpty()) {
      return false;
    }
    String id = sessions.open(principal.get());
    int maxAge = (int) LoginSessions.LIFETIME.toSeconds();
    ctx.cookie(new Cookie(SESSION_COOKIE, id, "/", maxAge, false, true, null, SameSite.STRICT));
    return true;
  }

  public void logOut(Context ctx) {
    sessions.close(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(new Cookie(SESSION_COOKIE, "", "/", 0, false, true, null, SameSite.STRICT));
  }
}
