package dk.socialbench.server.web;

import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.data.CurrentRun;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.RetryLater;
import dk.socialbench.server.http.RunRequired;
import dk.socialbench.server.http.SameOrigin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /} and the login form ({@code POST /login}, {@code POST /logout}). Status 503 while no
 * run is served, 401 after a failed login and 429 after too many, so that scripts see the state as
 * well as people. Login and logout are accepted only from the server's own page ({@link
 * SameOrigin}).
 */
public final class HomePage {
  /** The page loads nothing from anywhere and may not be framed: no script, inline style only. */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

  private final Authenticator authenticator;
  private final CurrentRun current;
  private final RunRequired runs;
  private final SameOrigin sameOrigin;

  public HomePage(
      Authenticator authenticator, CurrentRun current, RunRequired runs, SameOrigin sameOrigin) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
    this.current = Objects.requireNonNull(current, "current == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
    this.sameOrigin = Objects.requireNonNull(sameOrigin, "sameOrigin == null");
  }

  public void show(Context ctx) {
    Principal who = authenticator.identify(ctx).orElse(null);
    render(ctx, who, null);
  }

  public void logIn(Context ctx) {
    sameOrigin.require(ctx);
    boolean known;
    try {
      known = authenticator.logIn(ctx, ctx.formParam("token"));
    } catch (RetryLater refused) {
      ctx.status(refused.getStatus());
      ctx.header("Retry-After", Long.toString(refused.retryAfterSeconds()));
      render(ctx, null, refused.getMessage());
      return;
    }
    if (known) {
      ctx.redirect("/", HttpStatus.SEE_OTHER);
    } else {
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, null, "Adgangsnøglen blev ikke genkendt. Prøv igen.");
    }
  }

  public void logOut(Context ctx) {
    sameOrigin.require(ctx);
    authenticator.logOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, Principal who, String loginError) {
    LoadedRun run = current.get().orElse(null);
    List<String> choices = run == null || who == null ? List.of() : choices(run, who);
    String picked = pick(ctx.queryParam("municipality"), choices);
    if (run == null && ctx.status() == HttpStatus.OK) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    // Not no-referrer: with it browsers send "Origin: null" on the login form's post, which
    // SameOrigin must refuse. same-origin still sends nothing to other sites.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.html(new PageView(run, runs.whatToDo(), who, picked, choices, loginError).html());
  }

  /** An administrator picks among the run's municipalities; a municipality's user has its own. */
  private static List<String> choices(LoadedRun run, Principal who) {
    List<String> inRun = run.run().municipalities();
    if (who.isAdmin()) {
      return inRun;
    }
    return inRun.contains(who.municipality()) ? List.of(who.municipality()) : List.of();
  }

  private static String pick(String asked, List<String> choices) {
    if (asked != null && choices.contains(asked)) {
      return asked;
    }
    return choices.isEmpty() ? null : choices.get(0);
  }
}
