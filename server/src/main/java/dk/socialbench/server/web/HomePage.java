package dk.socialbench.server.web;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.comparison.FunnelPlot;
import dk.socialbench.server.comparison.MunicipalitySummary;
import dk.socialbench.server.comparison.RunRows;
import dk.socialbench.server.data.CurrentRun;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.RetryLater;
import dk.socialbench.server.http.RunRequired;
import dk.socialbench.server.http.SameOrigin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

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

  /**
   * The rows of the run summarised last: a run's page views share them, a new run replaces them.
   */
  private final AtomicReference<RunRows> lastRun = new AtomicReference<>();

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
    // The page's own policy replaces SecurityHeaders' (which loads nothing: the page has styles).
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    SummarySection summary = picked == null ? null : summary(ctx, run, picked);
    ctx.html(new PageView(run, runs.whatToDo(), who, picked, choices, loginError, summary).html());
  }

  /**
   * The picked municipality's summary against the group the page's form chose ({@code compare},
   * once per municipality or comma-separated), or the default group; a refused group is said on the
   * page (status 400) and the default shown instead.
   */
  private SummarySection summary(Context ctx, LoadedRun run, String municipality) {
    String compare = String.join(",", ctx.queryParams("compare"));
    List<String> others =
        run.run().municipalities().stream().filter(m -> !m.equals(municipality)).toList();
    ComparisonGroup group;
    String error = null;
    try {
      group = ComparisonGroup.of(run.run(), municipality, compare);
    } catch (ComparisonGroup.Refused e) {
      error = e.getMessage();
      group = ComparisonGroup.standard(run.run(), municipality);
      ctx.status(HttpStatus.BAD_REQUEST);
    }
    RunRows rows = rows(run);
    return new SummarySection(
        MunicipalitySummary.of(rows, group),
        group,
        sortedByName(others),
        error,
        FunnelPlot.of(rows, municipality, group.members()));
  }

  private RunRows rows(LoadedRun run) {
    RunRows rows = lastRun.get();
    if (rows == null || rows.run() != run.run()) {
      rows = new RunRows(run.run());
      lastRun.set(rows);
    }
    return rows;
  }

  private static List<String> sortedByName(List<String> codes) {
    java.text.Collator danish =
        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da-DK"));
    return codes.stream()
        .sorted(java.util.Comparator.comparing(c -> Municipalities.danish().nameOf(c), danish))
        .toList();
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
