package dk.socialbench.server.metrics;

import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.RunRequired;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /health}: open to monitoring without a token, and then status only: 200 {@code
 * {"status": "ok", "run_id": "...", "load_problem": false}} while a run is served, 503 {@code
 * "no_run"} before; {@code prerender} and {@code warm_up} say how far the server is with the newest
 * run's default reports and with warming its renderer up ({@code warm_up.done}). {@code
 * load_problem} is true when the newest run could not be loaded (also while an older one serves).
 * Why it failed, and what to do, only the admin sees ({@code load_problem_detail}, {@code
 * what_to_do}); it is also in the server's log. The reason may name files and paths of the work
 * directory, which are nobody else's business.
 */
public final class HealthCheck {
  private final Authenticator authenticator;
  private final RunRequired runs;

  public HealthCheck(Authenticator authenticator, RunRequired runs) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
  }

  public void show(Context ctx) {
    boolean admin = authenticator.identify(ctx).map(Principal::isAdmin).orElse(false);
    Optional<LoadedRun> run = runs.find();
    String problem = runs.loadProblem();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", run.isPresent() ? "ok" : "no_run");
    body.put("run_id", run.map(LoadedRun::runId).orElse(null));
    body.put("load_problem", problem != null);
    runs.prerender().ifPresent(p -> body.put("prerender", p));
    runs.warmUp().ifPresent(w -> body.put("warm_up", w));
    if (admin) {
      body.put("load_problem_detail", problem);
      if (run.isEmpty()) {
        body.put("what_to_do", runs.whatToDo());
      }
    }
    ctx.status(run.isPresent() ? 200 : 503).json(body);
  }
}
